import { startTestApp, TestApp } from '../support/test-app';
import { TestClock } from '../support/test-clock';
import { createActivity, createOrganisation, userWithRole } from '../support/fixtures';

/** A listing with showing dates appears in search on its first day and leaves after its last, read against the day. */
describe('scheduled visibility', () => {
  let t: TestApp;
  const clock = new TestClock();
  let leader: string;
  let orgId: string;
  const day = (offset: number) => new Date(clock.now().getTime() + offset * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    t = await startTestApp({ clock });
    await t.dataSource.query(`INSERT INTO users (email, password_hash, role) VALUES ('root@example.test', $1, 'ADMIN')`, [
      await (await import('@app/accounts')).hashPassword('root-password-123'),
    ]);
    leader = await userWithRole(t, await t.login('root@example.test', 'root-password-123'), 'VCSE_LEADER');
    orgId = await createOrganisation(t, leader, 'Miles Platting Play Scheme');
  });
  afterEach(() => clock.reset());
  afterAll(() => t?.close());

  const found = async (text: string) => {
    await t.flushSearch();
    const res = await t.gql('query($i: ActivitySearchInput!) { searchActivities(input: $i) { hits { activity { title } } } }', {
      i: { text, assuredOnly: false },
    });
    return res.data.searchActivities.hits.map((h: { activity: { title: string } }) => h.activity.title) as string[];
  };

  it('shows a holiday club from its first day to its last', async () => {
    const id = await createActivity(t, leader, {
      organisationId: orgId,
      title: 'Summer holiday club',
      deliveryMode: 'PHONE',
      showFrom: day(2),
      showUntil: day(5),
    });
    const read = await t.gql('query($id: ID!) { activity(id: $id) { showFrom showUntil } }', { id }, leader);
    expect(read.data.activity).toEqual({ showFrom: day(2), showUntil: day(5) });
    expect(await found('holiday club')).toEqual([]);
    clock.travelDays(2);
    expect(await found('holiday club')).toEqual(['Summer holiday club']);
    clock.travelDays(3);
    expect(await found('holiday club')).toEqual(['Summer holiday club']);
    clock.travelDays(1);
    expect(await found('holiday club')).toEqual([]);
  });

  it('refuses an end before the start, and an impossible date', async () => {
    const create = (input: Record<string, unknown>) =>
      t.gql(
        'mutation($i: CreateActivityInput!) { createActivity(input: $i) { id } }',
        {
          i: { organisationId: orgId, title: 'Half-term club', description: 'Games', needs: ['loneliness'], deliveryMode: 'PHONE', free: true, ...input },
        },
        leader,
      );
    expect((await create({ showFrom: day(5), showUntil: day(1) })).errors?.[0].extensions?.fields).toEqual(['showUntil']);
    expect((await create({ showFrom: '2026-02-30' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM activities WHERE title = 'Half-term club'`);
    expect(n).toBe(0);
  });
});
