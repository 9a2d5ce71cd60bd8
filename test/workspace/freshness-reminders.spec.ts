import request from 'supertest';
import { Mailer } from '@app/mail';
import { FreshnessReminderJob } from '@app/workspace';
import { startTestApp, TestApp } from '../support/test-app';
import { TestClock } from '../support/test-clock';
import { createActivity, createOrganisation, userWithRole } from '../support/fixtures';

/** Leaders are emailed (real SMTP, caught in process) when listings fall due and again when stale, and confirm with one click. */
describe('freshness reminders', () => {
  let t: TestApp;
  const clock = new TestClock();
  let admin: string;
  let leader: string;
  let leaderEmail: string;
  let orgId: string;
  let activityId: string;

  beforeAll(async () => {
    t = await startTestApp({ clock });
    await t.dataSource.query(`INSERT INTO users (email, password_hash, role) VALUES ('root@example.test', $1, 'ADMIN')`, [
      await (await import('@app/accounts')).hashPassword('root-password-123'),
    ]);
    admin = await t.login('root@example.test', 'root-password-123');
    leader = await userWithRole(t, admin, 'VCSE_LEADER');
    leaderEmail = (await t.gql('{ me { email } }', {}, leader)).data.me.email;
    orgId = await createOrganisation(t, leader, 'Gorton Gardeners');
    activityId = await createActivity(t, leader, { organisationId: orgId, title: 'Allotment mornings', deliveryMode: 'PHONE' });
  });
  afterAll(() => t?.close());

  const job = () => t.app.get(FreshnessReminderJob);
  const mailTo = async (email: string) => (await t.app.get(Mailer).catcher!.messages()).filter((m) => m.to.includes(email));
  const freshness = async () => (await t.gql('query($id: ID!) { activity(id: $id) { freshness } }', { id: activityId }, leader)).data.activity.freshness;
  const linkIn = (text: string) => new URL(text.match(/https?:\/\/\S+\/listings\/confirm\?token=\S+/)![0]);
  const follow = (link: URL) => request(t.app.getHttpServer()).get(`${link.pathname}${link.search}`);

  it('sends nothing while listings are fresh, once when they fall due, and again only when they go stale', async () => {
    expect(await job().run()).toBe(0);
    clock.travelDays(160); // DUE
    expect(await freshness()).toBe('DUE');
    expect(await job().run()).toBe(1);
    expect(await job().run()).toBe(0); // once
    const [due] = await mailTo(leaderEmail);
    expect(due.subject).toBe('Please check your listing is still right');
    expect(due.text).toContain('Allotment mornings: last confirmed');
    expect(due.text).toContain('Gorton Gardeners');

    clock.travelDays(10); // still DUE, a week on: nothing new to say
    expect(await job().run()).toBe(0);
    clock.travelDays(20); // STALE
    expect(await freshness()).toBe('STALE');
    expect(await job().run()).toBe(1);
    const mails = await mailTo(leaderEmail);
    expect(mails).toHaveLength(2);
    expect(mails[0].text).toContain('link workers now see it may be out of date');
  });

  it('confirms with the one-click link, once; a reused, forged or expired link is refused', async () => {
    const [latest] = await mailTo(leaderEmail);
    const link = linkIn(latest.text);
    const first = await follow(link);
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe(`/organisations/${orgId}/listings?done=confirmed&count=1`);
    expect(await freshness()).toBe('FRESH');
    const again = await follow(link);
    expect(again.status).toBe(303);
    expect(again.headers.location).toBe('/link-not-valid');

    const forged = new URL(link);
    forged.searchParams.set('token', `${link.searchParams.get('token')!.split('.')[0]}.AAAA`);
    expect((await follow(forged)).headers.location).toBe('/link-not-valid');
    expect((await request(t.app.getHttpServer()).get('/listings/confirm?token=%27%3B%20DROP%20TABLE')).headers.location).toBe('/link-not-valid');

    // A new reminder's link, left unused for 15 days, has expired.
    clock.travelDays(190);
    expect(await job().run()).toBe(1);
    const expiring = linkIn((await mailTo(leaderEmail))[0].text);
    clock.travelDays(15);
    expect((await follow(expiring)).headers.location).toBe('/link-not-valid');
    expect(await freshness()).toBe('STALE');
  });

  it('writes to every active leader, never to a disabled one, and to nobody when the organisation has no leader', async () => {
    clock.reset();
    const second = await userWithRole(t, admin, 'VCSE_LEADER');
    const secondEmail = (await t.gql('{ me { email } }', {}, second)).data.me.email;
    const org = await createOrganisation(t, second, 'Openshaw Singers');
    await createActivity(t, second, { organisationId: org, title: 'Community choir', deliveryMode: 'PHONE' });
    const secondId = (await t.gql('{ me { id } }', {}, second)).data.me.id;
    await t.gql('mutation($id: ID!) { disableUser(id: $id) { id } }', { id: secondId }, admin);
    const orphan = await createOrganisation(t, admin, 'Nobody Leads Us');
    await createActivity(t, admin, { organisationId: orphan, title: 'Orphan activity', deliveryMode: 'PHONE' });
    clock.travelDays(160);
    const before = (await t.app.get(Mailer).catcher!.messages()).length;
    await job().run();
    expect(await mailTo(secondEmail)).toEqual([]);
    const sent = (await t.app.get(Mailer).catcher!.messages()).slice(0, (await t.app.get(Mailer).catcher!.messages()).length - before);
    expect(sent.map((m) => m.text).join('\n')).not.toMatch(/Orphan activity|Community choir/);
  });
});
