import { startTestApp, TestApp } from '../support/test-app';
import { TestClock } from '../support/test-clock';
import { createActivity, createOrganisation, userWithRole } from '../support/fixtures';

/** Every listing's freshness, from the day its group last confirmed it, on read and in search. */
describe('listing freshness', () => {
  let t: TestApp;
  const clock = new TestClock();
  let leader: string;
  let orgId: string;

  beforeAll(async () => {
    t = await startTestApp({ clock });
    await t.dataSource.query(`INSERT INTO users (email, password_hash, role) VALUES ('root@example.test', $1, 'ADMIN')`, [
      await (await import('@app/accounts')).hashPassword('root-password-123'),
    ]);
    const admin = await t.login('root@example.test', 'root-password-123');
    leader = await userWithRole(t, admin, 'VCSE_LEADER');
    orgId = await createOrganisation(t, leader, 'Levenshulme Knit and Natter');
  });
  afterEach(() => clock.reset());
  afterAll(() => t?.close());

  const read = async (id: string) =>
    (await t.gql('query($id: ID!) { activity(id: $id) { freshness confirmBy lastVerifiedAt } }', { id }, leader)).data.activity as {
      freshness: string;
      confirmBy: string;
      lastVerifiedAt: string;
    };
  const search = async (input: Record<string, unknown>) => {
    await t.flushSearch();
    const res = await t.gql('query($i: ActivitySearchInput!) { searchActivities(input: $i) { hits { activity { id freshness } } } }', {
      i: { assuredOnly: false, ...input },
    });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data.searchActivities.hits.map((h: { activity: { id: string; freshness: string } }) => h.activity) as { id: string; freshness: string }[];
  };

  it('starts FRESH, falls DUE 30 days before the stale period ends and STALE after it; a confirmation or an edit makes it FRESH again', async () => {
    const id = await createActivity(t, leader, { organisationId: orgId, title: 'Knit and natter', deliveryMode: 'PHONE' });
    const created = await read(id);
    expect(created.freshness).toBe('FRESH');
    const confirmBy = created.confirmBy;
    const daysUntil = (day: string) =>
      Math.round((Date.parse(`${day}T12:00:00Z`) - Date.parse(`${clock.now().toISOString().slice(0, 10)}T12:00:00Z`)) / 86_400_000);
    expect(daysUntil(confirmBy)).toBe(183); // STALE_AFTER_DAYS by default

    clock.travelDays(152);
    expect((await read(id)).freshness).toBe('FRESH');
    clock.travelDays(2);
    expect((await read(id)).freshness).toBe('DUE');
    clock.travelDays(30);
    expect((await read(id)).freshness).toBe('STALE');

    await t.gql('mutation($id: ID!) { confirmActivityUpToDate(id: $id) { id } }', { id }, leader);
    expect((await read(id)).freshness).toBe('FRESH');
    clock.travelDays(200);
    expect((await read(id)).freshness).toBe('STALE');
    await t.gql('mutation($id: ID!) { updateActivity(id: $id, input: { description: "Bring your own needles" }) { id } }', { id }, leader);
    expect((await read(id)).freshness).toBe('FRESH');
  });

  it('ranks a stale listing below a fresh one of equal relevance, flags it, and filters by how recently it was confirmed', async () => {
    // The first was listed, and last confirmed, 200 days ago.
    clock.travelDays(-200);
    const older = await createActivity(t, leader, { organisationId: orgId, title: 'Crochet circle', deliveryMode: 'PHONE' });
    clock.reset();
    const newer = await createActivity(t, leader, { organisationId: orgId, title: 'Crochet circle', deliveryMode: 'PHONE' });
    const hits = await search({ text: 'crochet circle' });
    expect(hits.map((h) => h.id)).toEqual([newer, older]);
    expect(hits).toEqual([
      { id: newer, freshness: 'FRESH' },
      { id: older, freshness: 'STALE' },
    ]);
    expect((await search({ text: 'crochet circle', verifiedWithinDays: 183 })).map((h) => h.id)).toEqual([newer]);
    expect((await search({ text: 'crochet circle', verifiedWithinDays: 365 })).map((h) => h.id)).toEqual([newer, older]);
    // The filter reads the day, not a job: 190 days on, the newer one has gone stale too.
    clock.travelDays(190);
    expect(await search({ text: 'crochet circle', verifiedWithinDays: 183 })).toEqual([]);
    const refused = await t.gql('query { searchActivities(input: { verifiedWithinDays: 0 }) { total } }', {});
    expect(refused.errors?.[0].extensions?.fields).toEqual(['verifiedWithinDays']);
  });

  it('puts due and stale listings in the leader’s next steps', async () => {
    const org = await createOrganisation(t, leader, 'Burnage Bowls Club');
    await createActivity(t, leader, { organisationId: org, title: 'Bowls afternoon', deliveryMode: 'PHONE' });
    const steps = async () =>
      (await t.gql('query($o: ID!) { organisation(id: $o) { workspace { listingsToConfirm nextSteps } } }', { o: org }, leader)).data.organisation.workspace;
    expect((await steps()).listingsToConfirm).toBe(0);
    clock.travelDays(160);
    expect(await steps()).toMatchObject({ listingsToConfirm: 1, nextSteps: expect.arrayContaining(['Confirm 1 listing that is due for a check']) });
  });

  it('reports freshness per organisation and overall to commissioners, in the API and as CSV', async () => {
    const commissioner = await userWithRole(t, await t.login('root@example.test', 'root-password-123'), 'COMMISSIONER');
    const org = await createOrganisation(t, leader, 'Fallowfield Film Club');
    clock.travelDays(-200);
    await createActivity(t, leader, { organisationId: org, title: 'Old film night', deliveryMode: 'PHONE' });
    clock.reset();
    clock.travelDays(-160);
    await createActivity(t, leader, { organisationId: org, title: 'Due film night', deliveryMode: 'PHONE' });
    clock.reset();
    await createActivity(t, leader, { organisationId: org, title: 'New film night', deliveryMode: 'PHONE' });
    const report = (
      await t.gql(
        '{ freshnessReport { staleAfterDays overall { listings fresh due stale confirmedShare } organisations { key label listings fresh due stale confirmedShare } } }',
        {},
        commissioner,
      )
    ).data.freshnessReport;
    expect(report.staleAfterDays).toBe(183);
    const ours = report.organisations.find((r: { key: string }) => r.key === org);
    expect(ours).toEqual({ key: org, label: 'Fallowfield Film Club', listings: 3, fresh: 1, due: 1, stale: 1, confirmedShare: 0.667 });
    const [{ n, stale }] = await t.dataSource.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE last_verified_at < now() - interval '183 days')::int AS stale FROM activities WHERE status <> 'CLOSED'`,
    );
    expect(report.overall).toMatchObject({ listings: n, stale });
    const csv = await (await import('supertest')).default(t.app.getHttpServer()).get('/reports/freshness.csv').set('authorization', `Bearer ${commissioner}`);
    expect(csv.text.split('\r\n')[0]).toBe('organisation_id,organisation,open_listings,fresh,due,stale,confirmed_share');
    expect(csv.text).toContain(`${org},Fallowfield Film Club,3,1,1,1,0.667`);
    expect(
      (await (await import('supertest')).default(t.app.getHttpServer()).get('/reports/freshness.csv').set('authorization', `Bearer ${leader}`)).status,
    ).toBe(403);
  });
});
