import * as jwt from 'jsonwebtoken';
import request from 'supertest';
import { userWithRole } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';

const SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';
const ME = '{ me { id role } }';

/** Sessions are checked on every request: what an admin changes applies at once. */
describe('sessions and accounts', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    admin = await t.login('admin@demo.test');
  });
  afterAll(() => t?.close());

  const newUser = async (role: string, password = 'correct horse battery staple') => {
    const email = `${role.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@example.test`;
    const res = await t.gql(
      'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
      { i: { email, password, role, temporaryPassword: false } },
      admin,
    );
    return { id: res.data.createUser.id as string, email, password };
  };
  const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

  it('a demoted admin can no longer create admins, with the token they already hold', async () => {
    const other = await newUser('ADMIN');
    const token = await t.login(other.email, other.password);
    const create = (i: number) =>
      t.gql(
        'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
        { i: { email: `made${i}-${Date.now()}@example.test`, password: 'correct horse battery staple', role: 'ADMIN' } },
        token,
      );
    expect(code(await create(1))).toBeUndefined();
    await t.gql('mutation($id: ID!) { updateUser(id: $id, input: { role: LINK_WORKER }) { role } }', { id: other.id }, admin);
    expect(code(await create(2))).toBe('FORBIDDEN');
    expect((await t.gql(ME, {}, token)).data.me.role).toBe('LINK_WORKER');
  });

  it('a deleted user can no longer write', async () => {
    const leader = await newUser('VCSE_LEADER');
    const token = await t.login(leader.email, leader.password);
    await t.dataSource.query('DELETE FROM users WHERE id = $1', [leader.id]);
    const res = await t.gql('mutation { createOrganisation(input: { name: "Ghost group", description: "should not exist" }) { id } }', {}, token);
    expect(code(res)).toBe('UNAUTHENTICATED');
    expect(res.status).toBe(401);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM organisations WHERE name = 'Ghost group'`))[0].n).toBe(0);
  });

  it('disabling a user ends their sessions at once and stops them signing in', async () => {
    const worker = await newUser('LINK_WORKER');
    const token = await t.login(worker.email, worker.password);
    expect(code(await t.gql(ME, {}, token))).toBeUndefined();
    const disabled = await t.gql('mutation($id: ID!) { disableUser(id: $id) { disabled } }', { id: worker.id }, admin);
    expect(disabled.data.disableUser.disabled).toBe(true);
    expect(code(await t.gql(ME, {}, token))).toBe('UNAUTHENTICATED');
    const again = await t.gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: worker.email, p: worker.password });
    expect(again.errors?.[0].message).toMatch(/disabled/);
    await t.gql('mutation($id: ID!) { enableUser(id: $id) { disabled } }', { id: worker.id }, admin);
    expect(await t.login(worker.email, worker.password)).toBeTruthy();
  });

  it('signs out one session, or every session', async () => {
    const worker = await newUser('LINK_WORKER');
    const laptop = await t.login(worker.email, worker.password);
    const phone = await t.login(worker.email, worker.password);
    expect((await t.gql('mutation { signOut }', {}, laptop)).data.signOut).toBe(true);
    expect(code(await t.gql(ME, {}, laptop))).toBe('UNAUTHENTICATED');
    expect(code(await t.gql(ME, {}, phone))).toBeUndefined();
    const tablet = await t.login(worker.email, worker.password);
    await t.gql('mutation { signOutEverywhere }', {}, tablet);
    expect(code(await t.gql(ME, {}, phone))).toBe('UNAUTHENTICATED');
    expect(code(await t.gql(ME, {}, tablet))).toBe('UNAUTHENTICATED');
  });

  it('changing a password ends the other sessions and keeps this one', async () => {
    const worker = await newUser('LINK_WORKER');
    const here = await t.login(worker.email, worker.password);
    const elsewhere = await t.login(worker.email, worker.password);
    const weak = await t.gql(
      'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { id } }',
      { c: worker.password, n: 'password1234' },
      here,
    );
    expect(weak.errors?.[0].extensions?.fields).toEqual(['newPassword']);
    const wrong = await t.gql(
      'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { id } }',
      { c: 'not my password', n: 'a brand new long passphrase' },
      here,
    );
    expect(wrong.errors?.[0].extensions?.fields).toEqual(['currentPassword']);
    const changed = await t.gql(
      'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { id } }',
      { c: worker.password, n: 'a brand new long passphrase' },
      here,
    );
    expect(code(changed)).toBeUndefined();
    expect(code(await t.gql(ME, {}, here))).toBeUndefined();
    expect(code(await t.gql(ME, {}, elsewhere))).toBe('UNAUTHENTICATED');
    expect(await t.login(worker.email, 'a brand new long passphrase')).toBeTruthy();
  });

  it('a reset password is one-time: the user must choose their own before doing anything else', async () => {
    const leader = await newUser('VCSE_LEADER');
    const before = await t.login(leader.email, leader.password);
    const reset = await t.gql('mutation($id: ID!) { resetUserPassword(id: $id) { password user { mustChangePassword } } }', { id: leader.id }, admin);
    const oneTime = reset.data.resetUserPassword.password as string;
    expect(reset.data.resetUserPassword.user.mustChangePassword).toBe(true);
    expect(code(await t.gql(ME, {}, before))).toBe('UNAUTHENTICATED'); // the reset ended their sessions
    const token = await t.login(leader.email, oneTime);
    const blocked = await t.gql('mutation { createOrganisation(input: { name: "Too soon", description: "must change password first" }) { id } }', {}, token);
    expect(blocked.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PASSWORD_CHANGE_REQUIRED' });
    expect((await t.gql('{ me { mustChangePassword } }', {}, token)).data.me.mustChangePassword).toBe(true);
    await t.gql(
      'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { id } }',
      { c: oneTime, n: 'my own good passphrase' },
      token,
    );
    expect(
      code(await t.gql('mutation { createOrganisation(input: { name: "Now fine", description: "changed password" }) { id } }', {}, token)),
    ).toBeUndefined();
  });

  it('refuses tokens without an expiry, for unknown sessions, or signed with another key', async () => {
    const [{ id }] = await t.dataSource.query(`SELECT id FROM users WHERE email = 'admin@demo.test'`);
    const [{ id: sid }] = await t.dataSource.query('SELECT id FROM sessions WHERE user_id = $1 AND revoked_at IS NULL LIMIT 1', [id]);
    const forever = jwt.sign({ sid }, SECRET, { algorithm: 'HS256', subject: id, issuer: 'community-asset-directory' });
    expect(code(await t.gql(ME, {}, forever))).toBe('UNAUTHENTICATED');
    const made = jwt.sign({ sid: '00000000-0000-4000-8000-000000000000' }, SECRET, {
      algorithm: 'HS256',
      subject: id,
      issuer: 'community-asset-directory',
      expiresIn: 600,
    });
    expect(code(await t.gql(ME, {}, made))).toBe('UNAUTHENTICATED');
    const forged = jwt.sign({ sid }, 'another-secret-that-is-long-enough-0123456789', {
      algorithm: 'HS256',
      subject: id,
      issuer: 'community-asset-directory',
      expiresIn: 600,
    });
    expect(code(await t.gql(ME, {}, forged))).toBe('UNAUTHENTICATED');
  });

  it('keeps a browser session in an HttpOnly, SameSite=Strict cookie and never in the response body', async () => {
    const server = t.app.getHttpServer();
    const signIn = await request(server)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: 'mutation { signIn(email: "linkworker@demo.test", password: "demo-password") { user { role } expiresAt } }' });
    expect(signIn.body.data.signIn.user.role).toBe('LINK_WORKER');
    expect(JSON.stringify(signIn.body)).not.toMatch(/eyJ/); // no JWT in the page
    const cookie = String(signIn.headers['set-cookie']);
    expect(cookie).toMatch(/^session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).not.toMatch(/Secure/); // plain HTTP here; Secure is set behind HTTPS (see below)
    const session = cookie.split(';')[0];
    const me = await request(server).post('/graphql').set('content-type', 'application/json').set('cookie', session).send({ query: ME });
    expect(me.body.data.me.role).toBe('LINK_WORKER');

    // CSRF: a cross-site write that relies on the cookie is refused, on REST as on GraphQL.
    const upload = await request(server)
      .post('/evidence-documents')
      .set('cookie', session)
      .set('sec-fetch-site', 'cross-site')
      .field('organisationId', '00000000-0000-4000-8000-000000000000');
    expect(upload.status).toBe(403);
    const simple = await request(server)
      .post('/graphql')
      .set('content-type', 'text/plain')
      .set('cookie', session)
      .send(JSON.stringify({ query: 'mutation { signOutEverywhere }' }));
    expect(simple.status).toBe(400); // Apollo's CSRF prevention: a "simple" request is not run
    expect(
      (await request(server).post('/graphql').set('content-type', 'application/json').set('cookie', session).send({ query: ME })).body.data.me,
    ).not.toBeNull();

    const out = await request(server).post('/graphql').set('content-type', 'application/json').set('cookie', session).send({ query: 'mutation { signOut }' });
    expect(String(out.headers['set-cookie'])).toMatch(/session=;.*Expires=Thu, 01 Jan 1970/);
    const after = await request(server).post('/graphql').set('content-type', 'application/json').set('cookie', session).send({ query: ME });
    expect(after.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('marks the cookie Secure when the request came over HTTPS through a trusted proxy', async () => {
    const behindProxy = await startTestApp({ demo: true, env: { TRUST_PROXY: '1' }, reuseDatabaseOf: t });
    try {
      const res = await request(behindProxy.app.getHttpServer())
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('x-forwarded-proto', 'https')
        .send({ query: 'mutation { signIn(email: "linkworker@demo.test", password: "demo-password") { expiresAt } }' });
      expect(String(res.headers['set-cookie'])).toMatch(/; Secure/);
      expect(res.headers['strict-transport-security']).toMatch(/max-age=/);
    } finally {
      await behindProxy.close();
    }
  });

  it('lets admins list users; nobody else', async () => {
    const list = await t.gql('{ users(filter: { email: "demo.test" }) { total users { email role disabled } } }', {}, admin);
    expect(list.data.users.total).toBeGreaterThanOrEqual(5);
    const worker = await userWithRole(t, admin, 'LINK_WORKER');
    expect(code(await t.gql('{ users { total } }', {}, worker))).toBe('FORBIDDEN');
  });
});
