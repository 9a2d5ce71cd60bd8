import pino from 'pino';
import { seedDemoData } from '@app/demo';
import { startTestApp, TestApp } from '../support/test-app';

describe('demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(() => t?.close());

  const counts = async () => {
    const [row] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM organisations)::int AS organisations, (SELECT count(*) FROM activities)::int AS activities,
              (SELECT count(*) FROM venues)::int AS venues, (SELECT count(*) FROM users)::int AS users,
              (SELECT count(DISTINCT n) FROM activities, unnest(needs) n)::int AS needs,
              (SELECT count(DISTINCT assurance_status) FROM organisations)::int AS statuses`,
    );
    return row;
  };

  it('is realistic: 12+ organisations, 60+ activities across the needs, every role', async () => {
    const c = await counts();
    expect(c.organisations).toBeGreaterThanOrEqual(12);
    expect(c.activities).toBeGreaterThanOrEqual(60);
    expect(c.users).toBe(5);
    expect(c.needs).toBe(15);
    expect(c.statuses).toBeGreaterThanOrEqual(5);
    for (const email of ['admin', 'linkworker', 'leader', 'assurer', 'commissioner']) await t.login(`${email}@demo.test`);
  });

  it('loads once: a second run adds nothing', async () => {
    const before = await counts();
    expect(await seedDemoData(t.dataSource, pino({ level: 'silent' }))).toBe(false);
    expect(await counts()).toEqual(before);
  });

  it('is searchable: the seeded listings reach Meilisearch', async () => {
    await t.flushSearch();
    const res = await t.gql('{ searchActivities(input: { assuredOnly: false, includeFull: true, pageSize: 1 }) { total } }');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM activities WHERE status = 'ACTIVE'`);
    expect(res.data.searchActivities.total).toBe(n);
  });
});
