import { userWithRole } from '../support/fixtures';
import { Caller, CALLERS, expectOutcome, only } from '../support/permission-matrix';
import { startTestApp, TestApp } from '../support/test-app';

/** Every location operation × every role, plus anonymous. */
describe('location permission matrix', () => {
  let t: TestApp;
  const tokens = {} as Record<Caller, string | undefined>;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    tokens.ADMIN = await t.login('admin@demo.test');
    for (const role of ['LINK_WORKER', 'ASSURER', 'COMMISSIONER'] as const) tokens[role] = await userWithRole(t, tokens.ADMIN, role);
    tokens['member VCSE_LEADER'] = await userWithRole(t, tokens.ADMIN, 'VCSE_LEADER');
    tokens['other VCSE_LEADER'] = await userWithRole(t, tokens.ADMIN, 'VCSE_LEADER');
  });
  afterAll(() => t?.close());

  // Which postcode directory is loaded and its districts: for anyone signed in (leaders pick districts for coverage areas).
  const signedIn = only(['LINK_WORKER', 'member VCSE_LEADER', 'other VCSE_LEADER', 'ASSURER', 'COMMISSIONER', 'ADMIN']);
  it.each(CALLERS)(`postcodeDirectory by %s`, async (caller) => {
    expectOutcome(signedIn[caller], (await t.gql('{ postcodeDirectory { loaded districts { code } } }', {}, tokens[caller])).errors);
  });
});
