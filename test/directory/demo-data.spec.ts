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
    expect(await seedDemoData(t.app, pino({ level: 'silent' }))).toBe(false);
    expect(await counts()).toEqual(before);
  });

  it('gives every report something real to show: six months of usage, returns and demand', async () => {
    const commissioner = await t.login('commissioner@demo.test');
    const range = { from: new Date(Date.now() - 200 * 86_400_000).toISOString().slice(0, 10), to: new Date().toISOString().slice(0, 10) };
    const usage = await t.gql(
      'query($r: ReportRange!) { usageReport(range: $r, groupBy: MONTH) { rows { key connections attendances } } }',
      { r: range },
      commissioner,
    );
    expect(usage.data.usageReport.rows.length).toBeGreaterThanOrEqual(6);
    // Small numbers (1–4) are suppressed; a month before the demo's 180 days of connections (returns
    // reach back to its first day) truly has none, and says 0.
    expect(usage.data.usageReport.rows.every((r: { connections: number | null }) => r.connections === null || r.connections === 0 || r.connections >= 5)).toBe(
      true,
    );
    const demand = await t.gql(
      'query($r: ReportRange!) { demandReport(range: $r, groupBy: NEED) { rows { key searches zeroResultSearches } } }',
      { r: range },
      commissioner,
    );
    expect(demand.data.demandReport.rows.find((r: { key: string }) => r.key === 'housing').zeroResultSearches).toBeGreaterThan(0);
    const risks = await t.gql('{ sustainabilityRisks(minimum: HIGH) { organisation { name } reasons } }', {}, commissioner);
    expect(risks.data.sustainabilityRisks.length).toBeGreaterThan(0);
  });

  it('is searchable: the seeded listings reach Meilisearch', async () => {
    await t.flushSearch();
    const res = await t.gql('{ searchActivities(input: { assuredOnly: false, includeFull: true, pageSize: 1 }) { total } }');
    // Suspended organisations never appear in search, whatever assuredOnly says.
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM activities a JOIN organisations o ON o.id = a.organisation_id WHERE a.status = 'ACTIVE' AND o.assurance_status <> 'SUSPENDED'`,
    );
    expect(res.data.searchActivities.total).toBe(n);
  });
});
