import request from 'supertest';
import { startTestApp, TestApp } from '../support/test-app';
import { createActivity, createOrganisation, createVenue, userWithRole } from '../support/fixtures';
import { setAssurance } from '../search/search-fixtures';

const today = new Date().toISOString().slice(0, 10);
const month = today.slice(0, 7);
const quarter = `${today.slice(0, 4)}-Q${Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1}`;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('returns, sustainability risk and reports', () => {
  let t: TestApp;
  let admin: string;
  let leader: string;
  let otherLeader: string;
  let linkWorker: string;
  let commissioner: string;
  let orgId: string;
  let smallActivity: string;
  let bigActivity: string;

  beforeAll(async () => {
    t = await startTestApp();
    await t.dataSource.query(`INSERT INTO users (email, password_hash, role) VALUES ('root@example.test', $1, 'ADMIN')`, [
      await (await import('@app/accounts')).hashPassword('root-password-123'),
    ]);
    admin = await t.login('root@example.test', 'root-password-123');
    leader = await userWithRole(t, admin, 'VCSE_LEADER');
    otherLeader = await userWithRole(t, admin, 'VCSE_LEADER');
    linkWorker = await userWithRole(t, admin, 'LINK_WORKER');
    commissioner = await userWithRole(t, admin, 'COMMISSIONER');
    orgId = await createOrganisation(t, leader, 'Burnage Befrienders');
    const venue = await createVenue(t, leader, orgId, 'M19 2AB');
    // 10 places a session, twice a week: 10 × 2 × 52 / 12 ≈ 86.7 places a month.
    smallActivity = await createActivity(t, leader, {
      organisationId: orgId,
      venueId: venue,
      deliveryMode: 'IN_PERSON',
      title: 'Small group',
      needs: ['loneliness'],
      schedule: [
        { day: 'MONDAY', startTime: '10:00', endTime: '11:00' },
        { day: 'THURSDAY', startTime: '10:00', endTime: '11:00' },
      ],
      capacity: { placesPerSession: 10, spacesAvailable: 10 },
    });
    bigActivity = await createActivity(t, leader, { organisationId: orgId, title: 'Phone friends', needs: ['loneliness', 'carers'], deliveryMode: 'PHONE' });
    await setAssurance(t, orgId, 'ASSURED');

    // 3 connections to the small activity (2 attended), 6 to the big one (5 attended, 1 declined).
    const connect = async (activityId: string, outcome: string | null, needs = ['loneliness']) => {
      const res = await t.gql('mutation($i: RecordConnectionInput!) { recordConnection(input: $i) { id } }', { i: { activityId, needs } }, linkWorker);
      const id = res.data.recordConnection.id;
      if (outcome === 'ATTENDED' || outcome === 'DID_NOT_ATTEND') {
        await t.gql('mutation($id: ID!) { updateConnectionOutcome(id: $id, outcome: ACCEPTED) { id } }', { id }, leader);
      }
      if (outcome)
        await t.gql(
          'mutation($id: ID!, $o: ConnectionOutcome!, $r: DeclineReason) { updateConnectionOutcome(id: $id, outcome: $o, declineReason: $r) { id } }',
          { id, o: outcome, r: outcome === 'DECLINED' ? 'NOT_SUITABLE' : null },
          leader,
        );
    };
    for (const outcome of ['ATTENDED', 'ATTENDED', null]) await connect(smallActivity, outcome);
    for (const outcome of ['ATTENDED', 'ATTENDED', 'ATTENDED', 'ATTENDED', 'ATTENDED', 'DECLINED'])
      await connect(bigActivity, outcome, ['loneliness', 'carers']);
  });
  afterAll(() => t?.close());

  const attendance = (input: Record<string, unknown>, token = leader) =>
    t.gql(
      'mutation($i: AttendanceReturnInput!) { submitAttendanceReturn(input: $i) { id month sessionsRun attendances newParticipants activity { id } } }',
      { i: input },
      token,
    );
  const sustainabilityReturn = (input: Record<string, unknown>, token = leader) =>
    t.gql(
      'mutation($i: SustainabilityReturnInput!) { submitSustainabilityReturn(input: $i) { id period volunteers fundingSources { source kind annualAmountPence endsOn } } }',
      { i: { organisationId: orgId, ...input } },
      token,
    );

  it('keeps one attendance return per activity and month, replacing with history', async () => {
    const first = await attendance({ activityId: smallActivity, month, sessionsRun: 8, attendances: 50, newParticipants: 4 });
    expect(first.errors).toBeUndefined();
    const second = await attendance({ activityId: smallActivity, month, sessionsRun: 8, attendances: 60, newParticipants: 5 });
    expect(second.data.submitAttendanceReturn.attendances).toBe(60);
    const rows = await t.dataSource.query('SELECT attendances, superseded_at FROM attendance_returns WHERE activity_id = $1 ORDER BY submitted_at', [
      smallActivity,
    ]);
    expect(rows.map((r: { attendances: number; superseded_at: Date | null }) => [r.attendances, r.superseded_at === null])).toEqual([
      [50, false],
      [60, true],
    ]);
    await attendance({ activityId: bigActivity, month, sessionsRun: 4, attendances: 3, newParticipants: 1 });

    expect(
      (await attendance({ activityId: smallActivity, month: '2999-01', sessionsRun: 1, attendances: 1, newParticipants: 0 })).errors?.[0].extensions?.fields,
    ).toEqual(['month']);
    expect(
      (await attendance({ activityId: smallActivity, month: '2026-13', sessionsRun: 1, attendances: 1, newParticipants: 0 })).errors?.[0].extensions?.fields,
    ).toEqual(['month']);
    expect(
      (await attendance({ activityId: smallActivity, month, sessionsRun: -1, attendances: 1, newParticipants: 0 })).errors?.[0].extensions?.fields,
    ).toEqual(['sessionsRun']);
    expect(
      (await attendance({ activityId: smallActivity, month, sessionsRun: 1, attendances: 1, newParticipants: 0 }, otherLeader)).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('computes the sustainability risk with plain-English reasons from the returns and referrals', async () => {
    const none = await t.gql('query($o: ID!) { sustainability(organisationId: $o) { risk reasons } }', { o: orgId }, commissioner);
    // Without a return no NHS or local authority funding is on record, so every accepted referral is unfunded.
    expect(none.data.sustainability).toEqual({
      risk: 'MEDIUM',
      reasons: ['No sustainability return has been filed', '7 referrals accepted in the last 90 days without NHS or local authority funding'],
    });

    const filed = await sustainabilityReturn({
      period: quarter,
      fundingSources: [
        { source: 'ICB social prescribing fund', kind: 'NHS', annualAmountPence: 620_000, endsOn: day(90) },
        { source: 'Donations', kind: 'DONATIONS', annualAmountPence: 380_000 },
      ],
      volunteers: 12,
      paidStaffFte: 0.5,
      monthlyCostsPence: 80_000,
      reservesMonths: 2,
    });
    expect(filed.errors).toBeUndefined();
    const assessed = await t.gql(
      'query($o: ID!) { sustainability(organisationId: $o) { risk reasons fundingEndingWithin6MonthsShare utilisation unfundedReferralsLast90Days } }',
      { o: orgId },
      leader,
    );
    const s = assessed.data.sustainability;
    expect(s.risk).toBe('HIGH');
    expect(s.reasons).toEqual(['62% of income ends within 6 months', 'Reserves cover 2 months of costs (under 3)']);
    expect(s.fundingEndingWithin6MonthsShare).toBeCloseTo(0.62);
    // 7 accepted (7 attended) in 90 days ÷ 3 months ÷ 86.67 places a month.
    expect(s.utilisation).toBeCloseTo(7 / 3 / ((10 * 2 * 52) / 12), 4);
    expect(s.unfundedReferralsLast90Days).toBe(0); // the NHS funding is in date

    const risks = await t.gql('{ sustainabilityRisks(minimum: HIGH) { organisation { id } risk } }', {}, commissioner);
    expect(risks.data.sustainabilityRisks).toEqual([{ organisation: { id: orgId }, risk: 'HIGH' }]);
    expect((await t.gql('query($o: ID!) { sustainability(organisationId: $o) { risk } }', { o: orgId }, otherLeader)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await t.gql('query($o: ID!) { sustainability(organisationId: $o) { risk } }', { o: orgId }, linkWorker)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('reports usage by activity against independent counts, rounded to 5, withholding counts of 1–4', async () => {
    const report = await t.gql(
      'query($r: ReportRange!) { usageReport(range: $r, groupBy: ACTIVITY) { groupBy rows { key label connections attended didNotAttend declined attendances suppressed } } }',
      { r: { from: day(-30), to: today } },
      commissioner,
    );
    const rows = Object.fromEntries(report.data.usageReport.rows.map((r: { key: string }) => [r.key, r]));
    const counted = async (activityId: string, outcome?: string) =>
      (
        await t.dataSource.query(
          `SELECT count(*)::int AS n FROM connections WHERE activity_id = $1 ${outcome ? 'AND outcome = $2' : ''}`,
          outcome ? [activityId, outcome] : [activityId],
        )
      )[0].n;
    // Small group: 3 connections and 2 attended are about people and under 5: withheld; 60 attendances shown.
    expect(await counted(smallActivity)).toBe(3);
    expect(rows[smallActivity]).toEqual({
      key: smallActivity,
      label: 'Small group',
      connections: null,
      attended: null,
      didNotAttend: 0,
      declined: 0,
      attendances: 60,
      suppressed: true,
    });
    // Phone friends: 6 connections and 5 attended are shown rounded to 5; 1 declined and 3 attendances are withheld.
    expect(await counted(bigActivity)).toBe(6);
    expect(await counted(bigActivity, 'ATTENDED')).toBe(5);
    expect(rows[bigActivity]).toMatchObject({ connections: 5, attended: 5, declined: null, attendances: null, suppressed: true });

    const byNeed = await t.gql(
      'query($r: ReportRange!) { usageReport(range: $r, groupBy: NEED) { rows { key label connections } } }',
      { r: { from: day(-30), to: today } },
      commissioner,
    );
    expect(byNeed.data.usageReport.rows).toEqual(
      // 9 and 6 connections, rounded to the nearest 5.
      expect.arrayContaining([
        { key: 'loneliness', label: 'Loneliness and isolation', connections: 10 },
        { key: 'carers', label: 'Carers', connections: 5 },
      ]),
    );
    expect(
      (await t.gql('query($r: ReportRange!) { usageReport(range: $r, groupBy: MONTH) { rows { key } } }', { r: { from: today, to: day(-1) } }, commissioner))
        .errors?.[0].extensions?.fields,
    ).toEqual(['range.to']);
  });

  it('scopes usage to a leader’s own organisations; link workers cannot read reports', async () => {
    const mine = await t.gql(
      'query($r: ReportRange!) { usageReport(range: $r, groupBy: ORGANISATION) { rows { key } } }',
      { r: { from: day(-30), to: today } },
      leader,
    );
    expect(mine.data.usageReport.rows.map((r: { key: string }) => r.key)).toEqual([orgId]);
    const theirs = await t.gql(
      'query($r: ReportRange!) { usageReport(range: $r, groupBy: ORGANISATION) { rows { key } } }',
      { r: { from: day(-30), to: today } },
      otherLeader,
    );
    expect(theirs.data.usageReport.rows).toEqual([]);
    expect(
      (await t.gql('query($r: ReportRange!) { usageReport(range: $r, groupBy: NEED) { from } }', { r: { from: day(-30), to: today } }, linkWorker)).errors?.[0]
        .extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await t.gql('query($r: ReportRange!) { demandReport(range: $r, groupBy: NEED) { from } }', { r: { from: day(-30), to: today } }, leader)).errors?.[0]
        .extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('reports demand from the search log: searches, zero-result searches and assured supply', async () => {
    await t.flushSearch();
    for (const input of [{ needs: ['loneliness'] }, { needs: ['loneliness'], near: { postcode: 'M19 3AB', radiusKm: 2 } }, { needs: ['bereavement'] }]) {
      await t.gql('query($i: ActivitySearchInput!) { searchActivities(input: $i) { total } }', { i: input });
    }
    await t.app.get((await import('@app/search')).DemandLog).flush();
    const report = await t.gql(
      'query($r: ReportRange!) { demandReport(range: $r, groupBy: NEED) { rows { key label searches zeroResultSearches assuredActivities } } }',
      { r: { from: today, to: today } },
      commissioner,
    );
    const rows = Object.fromEntries(report.data.demandReport.rows.map((r: { key: string }) => [r.key, r]));
    expect(rows.loneliness).toEqual({ key: 'loneliness', label: 'Loneliness and isolation', searches: 2, zeroResultSearches: 0, assuredActivities: 2 });
    expect(rows.bereavement).toEqual({ key: 'bereavement', label: 'Bereavement', searches: 1, zeroResultSearches: 1, assuredActivities: 0 });
    const byArea = await t.gql(
      'query($r: ReportRange!) { demandReport(range: $r, groupBy: OUTCODE) { rows { key searches assuredActivities } } }',
      { r: { from: today, to: today } },
      commissioner,
    );
    expect(byArea.data.demandReport.rows).toEqual([{ key: 'M19', searches: 1, assuredActivities: 1 }]);
  });

  it('narrows both reports to one need and one area', async () => {
    const usage = async (r: Record<string, unknown>) =>
      t.gql(
        'query($r: ReportRange!) { usageReport(range: $r, groupBy: NEED) { rows { key connections } } }',
        { r: { from: day(-30), to: today, ...r } },
        commissioner,
      );
    // Carers: only the 6 phone connections (rounded to 5); by need, other needs of those connections are not counted.
    expect((await usage({ need: 'carers' })).data.usageReport.rows).toEqual([{ key: 'carers', connections: 5 }]);
    // M19 holds the small group's venue only: 3 connections, withheld; the phone activity has no venue.
    expect((await usage({ area: 'm19' })).data.usageReport.rows).toEqual([{ key: 'loneliness', connections: null }]);
    expect((await usage({ area: 'M' })).data.usageReport.rows).toEqual([{ key: 'loneliness', connections: null }]);
    expect((await usage({ area: 'M1' })).data.usageReport.rows).toEqual([]);
    expect((await usage({ area: 'M19 2AB' })).errors?.[0].extensions?.fields).toEqual(['area']);
    expect((await usage({ need: 'flying' })).errors?.[0].extensions?.fields).toEqual(['need']);
    const demand = await t.gql(
      'query($r: ReportRange!) { demandReport(range: $r, groupBy: OUTCODE) { rows { key searches } } }',
      { r: { from: today, to: today, need: 'bereavement' } },
      commissioner,
    );
    expect(demand.data.demandReport.rows).toEqual([]);
    const csv = await request(t.app.getHttpServer())
      .get(`/reports/usage.csv?from=${day(-30)}&to=${today}&groupBy=NEED&need=carers`)
      .set('authorization', `Bearer ${commissioner}`);
    expect(csv.text.trim().split('\r\n').slice(1)).toEqual(['carers,Carers,5,5,0,,,true']); // the one decline is withheld
    const bad = await request(t.app.getHttpServer())
      .get(`/reports/usage.csv?from=${day(-30)}&to=${today}&groupBy=NEED&area=M1&area=M2`)
      .set('authorization', `Bearer ${commissioner}`);
    expect(bad.body).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['area'] });
  });

  it('serves both reports as CSV with the same parameters and permissions', async () => {
    const get = (path: string, token?: string) => {
      const req = request(t.app.getHttpServer()).get(path);
      if (token) req.set('authorization', `Bearer ${token}`);
      return req;
    };
    const usage = await get(`/reports/usage.csv?from=${day(-30)}&to=${today}&groupBy=ACTIVITY`, commissioner);
    expect(usage.status).toBe(200);
    const lines = usage.text.trim().split('\r\n');
    expect(lines[0]).toBe('key,label,connections,attended,did_not_attend,declined,attendances,suppressed');
    expect(lines).toContain(`${smallActivity},Small group,,,0,0,60,true`);
    const demand = await get(`/reports/demand.csv?from=${today}&to=${today}&groupBy=NEED`, commissioner);
    expect(demand.text.split('\r\n')[0]).toBe('key,label,searches,zero_result_searches,assured_activities');
    expect((await get(`/reports/usage.csv?from=nope&to=${today}&groupBy=ACTIVITY`, commissioner)).body).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['from'],
    });
    expect((await get(`/reports/usage.csv?from=${today}&to=${today}&groupBy=ACTIVITY`, linkWorker)).status).toBe(403);
    expect((await get(`/reports/demand.csv?from=${today}&to=${today}&groupBy=NEED`, leader)).status).toBe(403);
    expect((await get(`/reports/demand.csv?from=${today}&to=${today}&groupBy=NEED`)).status).toBe(401);
  });
});
