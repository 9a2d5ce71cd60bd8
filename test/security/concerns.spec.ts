import request from 'supertest';
import { assureOrganisation, day } from '../support/assurance-fixtures';
import { createActivity, createOrganisation, userWithRole } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { TestClock } from '../support/test-clock';

const RAISE = 'mutation($i: RaiseConcernInput!) { raiseConcern(input: $i) { id precautionarySuspension organisation { assuranceStatus } } }';
const STATUS = 'query($id: ID!) { organisation(id: $id) { assuranceStatus assuredUntil } }';

describe('concerns and suspension', () => {
  let t: TestApp;
  let admin: string;
  let assurer: string;
  let linkWorker: string;
  let rivalLeader: string;
  const clock = new TestClock();

  beforeAll(async () => {
    t = await startTestApp({ demo: true, clock });
    admin = await t.login('admin@demo.test');
    assurer = await t.login('assurer@demo.test');
    linkWorker = await userWithRole(t, admin, 'LINK_WORKER');
    rivalLeader = await t.login('leader@demo.test');
  });
  afterAll(() => t?.close());

  /** A new organisation with one phone activity, assured through the workflow. */
  async function assuredGroup(name: string, insuredForDays = 300) {
    const leader = await userWithRole(t, admin, 'VCSE_LEADER');
    const id = await createOrganisation(t, leader, name);
    const activityId = await createActivity(t, leader, { organisationId: id, title: `${name} phone chat`, deliveryMode: 'PHONE', needs: ['loneliness'] });
    await assureOrganisation(t, leader, assurer, id, insuredForDays);
    return { id, activityId, leader };
  }
  const raise = (token: string, organisationId: string, category = 'SAFEGUARDING', description = 'A volunteer shouted at people at the last session.') =>
    t.gql(RAISE, { i: { organisationId, category, description } }, token);
  const status = async (id: string) => (await t.gql(STATUS, { id }, admin)).data.organisation;

  it("routes a leader's safeguarding concern about another group to triage without suspending it", async () => {
    const group = await assuredGroup('Levenshulme Lunch Club');
    const res = await raise(rivalLeader, group.id);
    expect(res.data.raiseConcern).toMatchObject({ precautionarySuspension: false, organisation: { assuranceStatus: 'ASSURED' } });
    const triage = await t.gql('{ concerns(status: OPEN) { id category precautionarySuspension } }', {}, assurer);
    expect(triage.data.concerns.map((c: { id: string }) => c.id)).toContain(res.data.raiseConcern.id);
    expect(triage.data.concerns[0].category).toBe('SAFEGUARDING'); // safeguarding first
  });

  it("suspends at once on a link worker's safeguarding concern; anonymous callers see only 'not currently available'", async () => {
    const group = await assuredGroup('Burnage Bowls');
    const res = await raise(linkWorker, group.id);
    expect(res.data.raiseConcern).toMatchObject({ precautionarySuspension: true, organisation: { assuranceStatus: 'SUSPENDED' } });
    await t.flushSearch();
    const anonymous = await t.gql('query($id: ID!) { activity(id: $id) { title organisation { assuranceStatus } } }', { id: group.activityId });
    expect(anonymous.errors?.[0]).toMatchObject({ message: 'This activity is not currently available', extensions: { code: 'NOT_FOUND' } });
    expect(JSON.stringify(anonymous)).not.toMatch(/suspend|concern/i);
    const organisation = await t.gql('query($id: ID!) { organisation(id: $id) { name } }', { id: group.id });
    expect(organisation.errors?.[0].message).toBe('This organisation is not currently available');
    // Never in search, whatever assuredOnly says; never in the open data.
    for (const assuredOnly of [true, false]) {
      const found = await t.gql(
        'query($a: Boolean) { searchActivities(input: { text: "Burnage Bowls", assuredOnly: $a, includeFull: true }) { hits { activity { id } } } }',
        { a: assuredOnly },
      );
      expect(found.data.searchActivities.hits.map((h: { activity: { id: string } }) => h.activity.id)).not.toContain(group.activityId);
    }
    expect((await request(t.app.getHttpServer()).get(`/openreferral/v3/services/${group.activityId}`)).status).toBe(404);
  });

  it('allows each person at most three precautionary suspensions a day; further concerns go to triage', async () => {
    const groups = [await assuredGroup('Group A'), await assuredGroup('Group B'), await assuredGroup('Group C'), await assuredGroup('Group D')];
    const worker = await userWithRole(t, admin, 'LINK_WORKER');
    const results = [];
    for (const group of groups) results.push((await raise(worker, group.id)).data.raiseConcern.precautionarySuspension);
    expect(results).toEqual([true, true, true, false]);
    expect((await status(groups[3].id)).assuranceStatus).toBe('ASSURED');
  });

  it('lifting a suspension restores the status before it — not the newest assessment', async () => {
    const group = await assuredGroup('Chorlton Choir', 330);
    const before = await status(group.id);
    expect(before).toMatchObject({ assuranceStatus: 'ASSURED', assuredUntil: day(330) });
    // A re-assessment in progress must not become the status on reinstatement.
    await t.gql('mutation($o: ID!) { startAssessment(organisationId: $o, tier: ENHANCED) { id } }', { o: group.id }, group.leader);
    const concern = (await raise(linkWorker, group.id)).data.raiseConcern;
    expect((await status(group.id)).assuranceStatus).toBe('SUSPENDED');
    const resolved = await t.gql(
      'mutation($c: ID!) { resolveConcern(concernId: $c, note: "Investigated: unfounded", reinstate: true) { status } }',
      { c: concern.id },
      assurer,
    );
    expect(resolved.errors).toBeUndefined();
    expect(await status(group.id)).toEqual({ assuranceStatus: 'ASSURED', assuredUntil: day(330) });

    // Explicitly, by an assurer: suspended again, then lifted.
    await t.gql('mutation($o: ID!) { suspendOrganisation(organisationId: $o, reason: "Insurer withdrew cover") { id } }', { o: group.id }, assurer);
    const lifted = await t.gql(
      'mutation($o: ID!) { liftSuspension(organisationId: $o, note: "Cover restored") { assuranceStatus assuredUntil } }',
      { o: group.id },
      assurer,
    );
    expect(lifted.data.liftSuspension).toEqual({ assuranceStatus: 'ASSURED', assuredUntil: day(330) });
    expect(
      (await t.gql('mutation($o: ID!) { liftSuspension(organisationId: $o, note: "again") { id } }', { o: group.id }, assurer)).errors?.[0].extensions?.code,
    ).toBe('CONFLICT');
    expect(
      (await t.gql('mutation($o: ID!) { liftSuspension(organisationId: $o, note: "x") { id } }', { o: group.id }, linkWorker)).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('returns a never-assessed organisation to NOT_ASSESSED, and one whose assurance ran out meanwhile to LAPSED', async () => {
    const leader = await userWithRole(t, admin, 'VCSE_LEADER');
    const fresh = await createOrganisation(t, leader, 'Newly listed group');
    await t.gql('mutation($o: ID!) { suspendOrganisation(organisationId: $o, reason: "Complaint received") { id } }', { o: fresh }, assurer);
    await t.gql('mutation($o: ID!) { liftSuspension(organisationId: $o, note: "Complaint withdrawn") { id } }', { o: fresh }, assurer);
    expect((await status(fresh)).assuranceStatus).toBe('NOT_ASSESSED');

    const group = await assuredGroup('Short cover group', 20);
    await t.gql('mutation($o: ID!) { suspendOrganisation(organisationId: $o, reason: "Under investigation") { id } }', { o: group.id }, assurer);
    clock.travelDays(30); // a month later: the assurance ended meanwhile
    try {
      const lifted = await t.gql(
        'mutation($o: ID!) { liftSuspension(organisationId: $o, note: "Cleared") { assuranceStatus assuredUntil } }',
        { o: group.id },
        assurer,
      );
      expect(lifted.data.liftSuspension).toEqual({ assuranceStatus: 'LAPSED', assuredUntil: day(20) });
    } finally {
      clock.reset();
    }
  });

  it('refuses concern descriptions that identify a person', async () => {
    const group = await assuredGroup('Didsbury Dementia Cafe');
    for (const description of [
      'Mrs Smith was left alone for an hour.',
      'The person (NHS number 943 476 5919) was upset.',
      'Call her daughter on 07700 900123 about this.',
    ]) {
      const res = await raise(linkWorker, group.id, 'QUALITY', description);
      expect(res.errors?.[0].extensions?.fields).toEqual(['description']);
    }
    expect((await t.dataSource.query('SELECT count(*)::int AS n FROM concerns WHERE organisation_id = $1', [group.id]))[0].n).toBe(0);
  });
});
