import { createActivity, createOrganisation, userWithRole } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';

const USAGE = 'query($r: ReportRange!) { usageReport(range: $r, groupBy: ACTIVITY) { from to rows { key connections attended suppressed } } }';

/**
 * The differencing attack: ask for two overlapping periods and subtract. With whole months and
 * counts rounded to 5, the difference never gives one person's referral on one day.
 */
describe('small-number protection survives differencing', () => {
  let t: TestApp;
  let commissioner: string;
  let activityId: string;
  const monthStart = (offset: number) => {
    const d = new Date();
    return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + offset, 1));
  };
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const at = (month: number, dayOfMonth: number) => new Date(monthStart(month).getTime() + (dayOfMonth - 1) * 86_400_000 + 12 * 3600_000);

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    const admin = await t.login('admin@demo.test');
    commissioner = await t.login('commissioner@demo.test');
    const leader = await userWithRole(t, admin, 'VCSE_LEADER');
    const linkWorker = await userWithRole(t, admin, 'LINK_WORKER');
    const orgId = await createOrganisation(t, leader, 'Differencing test group');
    activityId = await createActivity(t, leader, { organisationId: orgId, title: 'Quiet coffee morning', deliveryMode: 'PHONE', needs: ['loneliness'] });
    // Two months ago: seven referrals on the 3rd. Last month: seven on the 3rd, and one person on the 16th.
    const placed: Date[] = [...Array(7).fill(at(-2, 3)), ...Array(7).fill(at(-1, 3)), at(-1, 16)];
    for (const when of placed) {
      const res = await t.gql(
        'mutation($i: RecordConnectionInput!) { recordConnection(input: $i) { id } }',
        { i: { activityId, needs: ['loneliness'] } },
        linkWorker,
      );
      await t.dataSource.query('UPDATE connections SET created_at = $2 WHERE id = $1', [res.data.recordConnection.id, when]);
    }
  });
  afterAll(() => t?.close());

  const report = async (from: string, to: string) => {
    const res = await t.gql(USAGE, { r: { from, to } }, commissioner);
    const row = res.data.usageReport.rows.find((r: { key: string }) => r.key === activityId);
    return { from: res.data.usageReport.from, to: res.data.usageReport.to, connections: row?.connections ?? 0 };
  };

  it('widens any range to whole months, so ranges a day apart give the same answer', async () => {
    const upTo15th = await report(iso(at(-1, 1)), iso(at(-1, 15)));
    const upTo16th = await report(iso(at(-1, 1)), iso(at(-1, 16)));
    expect(upTo15th).toEqual(upTo16th);
    expect(upTo15th.from).toBe(iso(monthStart(-1)));
    expect(upTo15th.to).toBe(iso(new Date(monthStart(0).getTime() - 86_400_000)));
  });

  it('rounds to 5, so subtracting overlapping periods does not reveal the one extra person', async () => {
    const both = await report(iso(monthStart(-2)), iso(at(-1, 20)));
    const first = await report(iso(monthStart(-2)), iso(at(-2, 20)));
    const second = await report(iso(monthStart(-1)), iso(at(-1, 20)));
    // True counts 15, 7 and 8: shown as 15, 5 and 10. No difference of shown figures is 1, or 8.
    expect([both.connections, first.connections, second.connections]).toEqual([15, 5, 10]);
    for (const n of [both.connections - first.connections, both.connections - second.connections, second.connections - first.connections]) {
      expect(n % 5).toBe(0);
    }
  });
});
