import { createOrganisation, userWithRole } from '../support/fixtures';
import { Caller, CALLERS, everyone, expectOutcome, only, Outcome } from '../support/permission-matrix';
import { startTestApp, TestApp } from '../support/test-app';

/** Every accounts operation × every role, plus anonymous. */
describe('accounts permission matrix', () => {
  let t: TestApp;
  const tokens = {} as Record<Caller, string | undefined>;
  let targetId: string;
  let orgId: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    tokens.ADMIN = await t.login('admin@demo.test');
    tokens['member VCSE_LEADER'] = await userWithRole(t, tokens.ADMIN, 'VCSE_LEADER');
    tokens['other VCSE_LEADER'] = await userWithRole(t, tokens.ADMIN, 'VCSE_LEADER');
    for (const role of ['LINK_WORKER', 'ASSURER', 'COMMISSIONER'] as const) tokens[role] = await userWithRole(t, tokens.ADMIN, role);
    orgId = await createOrganisation(t, tokens['member VCSE_LEADER'], 'Accounts matrix group');
    const target = await t.gql(
      'mutation { createUser(input: { email: "target@example.test", password: "a long enough passphrase", role: LINK_WORKER }) { id } }',
      {},
      tokens.ADMIN,
    );
    targetId = target.data.createUser.id;
  });
  afterAll(() => t?.close());

  const admins = only(['ADMIN']);
  const signedIn = only(['LINK_WORKER', 'member VCSE_LEADER', 'other VCSE_LEADER', 'ASSURER', 'COMMISSIONER', 'ADMIN']);
  const operations: [string, Record<Caller, Outcome>, string, () => Record<string, unknown>][] = [
    ['me', everyone(), '{ me { id } }', () => ({})],
    ['users', admins, '{ users { total } }', () => ({})],
    ['user', admins, 'query($id: ID!) { user(id: $id) { id } }', () => ({ id: targetId })],
    [
      'createUser',
      admins,
      'mutation { createUser(input: { email: "x@example.test", password: "a long enough passphrase", role: LINK_WORKER }) { id } }',
      () => ({}),
    ],
    [
      'updateUser',
      admins,
      'mutation($id: ID!, $o: [ID!]) { updateUser(id: $id, input: { organisationIds: $o }) { id } }',
      () => ({ id: targetId, o: [orgId] }),
    ],
    ['disableUser', admins, 'mutation($id: ID!) { disableUser(id: $id) { id } }', () => ({ id: targetId })],
    ['enableUser', admins, 'mutation($id: ID!) { enableUser(id: $id) { id } }', () => ({ id: targetId })],
    ['resetUserPassword', admins, 'mutation($id: ID!) { resetUserPassword(id: $id) { password } }', () => ({ id: targetId })],
    ['changePassword', signedIn, 'mutation { changePassword(currentPassword: "not it", newPassword: "a long enough passphrase") { id } }', () => ({})],
    ['updateMyProfile', signedIn, 'mutation { updateMyProfile(input: { notificationFrequency: IMMEDIATE }) { id } }', () => ({})],
    // A different unknown account each time, so that sign-in throttling does not come into it.
    ['login', everyone(), 'mutation($e: String!) { login(email: $e, password: "x") { token } }', () => ({ e: `nobody-${Math.random()}@example.test` })],
    ['signIn', everyone(), 'mutation($e: String!) { signIn(email: $e, password: "x") { expiresAt } }', () => ({ e: `nobody-${Math.random()}@example.test` })],
  ];

  for (const [name, expected, query, variables] of operations) {
    for (const caller of CALLERS) {
      it(`${name} by ${caller}: ${expected[caller]}`, async () => {
        const res = await t.gql(query, variables(), tokens[caller]);
        // A wrong password is the operation's own answer, not a permission refusal.
        const errors = name === 'login' || name === 'signIn' ? res.errors?.filter((e) => e.message !== 'Email or password is incorrect') : res.errors;
        expectOutcome(expected[caller], errors?.length ? errors : undefined);
      });
    }
  }

  // Last: they end the sessions they are called with.
  it.each(CALLERS)('signOutEverywhere, then signOut, by %s', async (caller) => {
    expectOutcome(caller === 'anonymous' ? 'UNAUTHENTICATED' : 'ALLOWED', (await t.gql('mutation { signOutEverywhere }', {}, tokens[caller])).errors);
    // Anyone may sign out; a session that has already ended is told so.
    expectOutcome(caller === 'anonymous' ? 'ALLOWED' : 'UNAUTHENTICATED', (await t.gql('mutation { signOut }', {}, tokens[caller])).errors);
  });
});
