import { createActivity, createOrganisation, userWithRole } from '../support/fixtures';
import { Caller, CALLERS, expectOutcome, only, Outcome } from '../support/permission-matrix';
import { startTestApp, TestApp } from '../support/test-app';

/** Every usage operation (referrals, returns, sustainability, reports) × every role, plus anonymous. */
describe('usage permission matrix', () => {
  let t: TestApp;
  const tokens = {} as Record<Caller, string | undefined>;
  let orgId: string;
  let activityId: string;
  let connectionId: string;
  let withContactId: string;
  let toWithdrawId: string;
  /** A new person for each caller's first contact. */
  let wellbeingPeople = 0;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    tokens.ADMIN = await t.login('admin@demo.test');
    tokens['member VCSE_LEADER'] = await userWithRole(t, tokens.ADMIN, 'VCSE_LEADER');
    tokens['other VCSE_LEADER'] = await userWithRole(t, tokens.ADMIN, 'VCSE_LEADER');
    for (const role of ['LINK_WORKER', 'ASSURER', 'COMMISSIONER'] as const) tokens[role] = await userWithRole(t, tokens.ADMIN, role);
    orgId = await createOrganisation(t, tokens['member VCSE_LEADER'], 'Usage matrix group');
    activityId = await createActivity(t, tokens['member VCSE_LEADER'], { organisationId: orgId });
    const recorded = await t.gql(
      'mutation($a: ID!) { recordConnection(input: { activityId: $a, needs: ["loneliness"] }) { id } }',
      { a: activityId },
      tokens.LINK_WORKER,
    );
    connectionId = recorded.data.recordConnection.id;
    const more = async (contact?: Record<string, unknown>) =>
      (
        await t.gql(
          'mutation($a: ID!, $c: ReferralContactInput) { recordConnection(input: { activityId: $a, needs: ["loneliness"], contact: $c }) { id } }',
          { a: activityId, c: contact },
          tokens.LINK_WORKER,
        )
      ).data.recordConnection.id;
    withContactId = await more({ consent: true, name: 'Robin', phone: '07700 900123' });
    toWithdrawId = await more();
  });
  afterAll(() => t?.close());

  const leaders: Caller[] = ['member VCSE_LEADER', 'ADMIN'];
  const anyLeader: Caller[] = ['member VCSE_LEADER', 'other VCSE_LEADER', 'COMMISSIONER', 'ADMIN'];
  const month = new Date().toISOString().slice(0, 7);
  const operations: [string, Record<Caller, Outcome>, string, () => Record<string, unknown>][] = [
    [
      'recordConnection',
      only(['LINK_WORKER']),
      'mutation($a: ID!) { recordConnection(input: { activityId: $a, needs: ["food"] }) { id } }',
      () => ({ a: activityId }),
    ],
    ['updateConnectionOutcome', only(leaders), 'mutation($c: ID!) { updateConnectionOutcome(id: $c, outcome: ACCEPTED) { id } }', () => ({ c: connectionId })],
    ['myConnections', only(['LINK_WORKER']), '{ myConnections { id } }', () => ({})],
    ['connection', only(['LINK_WORKER', ...leaders]), 'query($c: ID!) { connection(id: $c) { id referrer { email } } }', () => ({ c: connectionId })],
    // Contact details: the referring link worker and the group's own leaders, not admins.
    ['connectionContact', only(['LINK_WORKER', 'member VCSE_LEADER']), 'query($c: ID!) { connectionContact(id: $c) { name } }', () => ({ c: withContactId })],
    [
      'eraseConnectionContact',
      only(['LINK_WORKER', 'member VCSE_LEADER']),
      'mutation($c: ID!) { eraseConnectionContact(id: $c) { id } }',
      () => ({ c: withContactId }),
    ],
    [
      'withdrawConnection',
      only(['LINK_WORKER']),
      'mutation($c: ID!) { withdrawConnection(id: $c, reason: NO_LONGER_NEEDED) { id } }',
      () => ({ c: toWithdrawId }),
    ],
    ['organisationConnections', only(leaders), 'query($o: ID!) { organisationConnections(organisationId: $o) { id } }', () => ({ o: orgId })],
    [
      'submitAttendanceReturn',
      only(leaders),
      'mutation($a: ID!, $m: String!) { submitAttendanceReturn(input: { activityId: $a, month: $m, sessionsRun: 4, attendances: 20, newParticipants: 2 }) { id } }',
      () => ({ a: activityId, m: month }),
    ],
    [
      'submitSustainabilityReturn',
      only(leaders),
      'mutation($o: ID!) { submitSustainabilityReturn(input: { organisationId: $o, period: "2026-Q1", fundingSources: [], volunteers: 3, paidStaffFte: 0, monthlyCostsPence: 10000, reservesMonths: 2 }) { id } }',
      () => ({ o: orgId }),
    ],
    ['attendanceReturns', only([...leaders, 'COMMISSIONER']), 'query($o: ID!) { attendanceReturns(organisationId: $o) { id } }', () => ({ o: orgId })],
    ['sustainabilityReturns', only([...leaders, 'COMMISSIONER']), 'query($o: ID!) { sustainabilityReturns(organisationId: $o) { id } }', () => ({ o: orgId })],
    ['sustainability', only([...leaders, 'COMMISSIONER']), 'query($o: ID!) { sustainability(organisationId: $o) { risk } }', () => ({ o: orgId })],
    ['sustainabilityRisks', only(anyLeader), '{ sustainabilityRisks { risk } }', () => ({})],
    ['usageReport', only(anyLeader), '{ usageReport(range: { from: "2026-01-01", to: "2026-03-31" }, groupBy: NEED) { from } }', () => ({})],
    ['demandReport', only(['COMMISSIONER', 'ADMIN']), '{ demandReport(range: { from: "2026-01-01", to: "2026-03-31" }, groupBy: NEED) { from } }', () => ({})],
    ['freshnessReport', only(['COMMISSIONER', 'ADMIN']), '{ freshnessReport { overall { listings } } }', () => ({})],
    // Wellbeing scores: the link worker who asked the questions, and nobody else (not even admins).
    [
      'recordWellbeing',
      only(['LINK_WORKER']),
      `mutation($p: String!) { recordWellbeing(input: { personReference: $p, occasion: FIRST_CONTACT,
         scores: [{ item: LIFE_SATISFACTION, score: 4 }, { item: WORTHWHILE, score: 5 }, { item: HAPPINESS, score: 3 }, { item: ANXIETY, score: 7 }] }) { id } }`,
      () => ({ p: `WB-M${(wellbeingPeople += 1)}` }),
    ],
    ['wellbeingRecords', only(['LINK_WORKER']), '{ wellbeingRecords(personReference: "WB-0001") { id } }', () => ({})],
    ['wellbeingFollowUpsDue', only(['LINK_WORKER']), '{ wellbeingFollowUpsDue { firstContactId } }', () => ({})],
    [
      'organisationWellbeing',
      only([...leaders, 'COMMISSIONER']),
      'query($o: ID!) { organisationWellbeing(organisationId: $o) { from } }',
      () => ({ o: orgId }),
    ],
    [
      'wellbeingReport',
      only(['COMMISSIONER', 'ADMIN']),
      '{ wellbeingReport(range: { from: "2026-01-01", to: "2026-03-31" }, groupBy: SEX) { from } }',
      () => ({}),
    ],
    ['equityReport', only(['COMMISSIONER', 'ADMIN']), '{ equityReport(range: { from: "2026-01-01", to: "2026-03-31" }, band: AGE_BAND) { from } }', () => ({})],
    ['deprivedAreaDemand', only(['COMMISSIONER', 'ADMIN']), '{ deprivedAreaDemand(range: { from: "2026-01-01", to: "2026-03-31" }) { from } }', () => ({})],
  ];

  for (const [name, expected, query, variables] of operations) {
    for (const caller of CALLERS) {
      it(`${name} by ${caller}: ${expected[caller]}`, async () => {
        expectOutcome(expected[caller], (await t.gql(query, variables(), tokens[caller])).errors);
      });
    }
  }

  it.each(CALLERS)("an organisation's workspace by %s", async (caller) => {
    const res = await t.gql('query($o: ID!) { organisation(id: $o) { workspace { waitingReferrals } } }', { o: orgId }, tokens[caller]);
    expectOutcome(leaders.includes(caller) ? 'ALLOWED' : 'FORBIDDEN', res.errors);
  });
});
