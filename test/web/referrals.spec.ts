/// <reference lib="dom" />
import { Browser } from 'playwright-core';
import { Mailer } from '@app/mail';
import { NotificationSender } from '@app/usage';
import { baseUrl, expectAccessible, launchBrowser, newContext, screenshot, signInAs } from '../support/browser';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The referral loop in the browser: a link worker shares a consented contact, the group's leader
 * reads it (the read recorded) and accepts, the link worker follows up and withdraws — at 1280 and
 * 360 px, axe-clean, checked through the API and the mail that went out.
 */
describe('referrals in the browser', () => {
  jest.setTimeout(240_000);
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let activity: { id: string; title: string; organisation_id: string };

  beforeAll(async () => {
    t = await startTestApp({ demo: true, env: { NOTIFICATION_INTERVAL_MS: '0' } });
    base = await baseUrl(t);
    browser = await launchBrowser();
    [activity] = await t.dataSource.query(
      `SELECT a.id, a.title, a.organisation_id FROM activities a JOIN organisations o ON o.id = a.organisation_id
        WHERE o.name = 'Bolton Men’s Shed' AND a.status = 'ACTIVE' ORDER BY a.title LIMIT 1`,
    );
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  for (const viewport of ['desktop', 'phone'] as const) {
    const reference = `LW-${viewport === 'desktop' ? 1280 : 360}-0042`;

    it(`shares a consented contact, the group reads it and accepts, the link worker withdraws (${viewport})`, async () => {
      const worker = await newContext(browser, viewport);
      const page = await worker.newPage();
      await signInAs(page, base, 'linkworker@demo.test');
      await page.goto(`${base}/activities/${activity.id}/connect`);
      await page.getByRole('heading', { name: 'Record a connection' }).waitFor();
      await page.getByLabel('Your reference for the person (optional)').fill(reference);
      await page.getByLabel(/Yes, they agreed to share/).check();
      await page.getByLabel('Their first name or the name they like to be called').fill('Robin');
      await page.getByLabel('Phone number', { exact: true }).fill('0770090');
      await page.getByRole('button', { name: 'Record connection' }).click();
      await page.locator('#contactPhone-error').waitFor();
      expect(await page.locator('#contactPhone-error').textContent()).toMatch(/UK phone number/);
      await expectAccessible(page, `record a connection with a contact error at ${viewport}`);
      await page.getByLabel('Phone number', { exact: true }).fill('07700 900461');
      await screenshot(page, `record-connection-contact-${viewport}`);
      await page.getByRole('button', { name: 'Record connection' }).click();
      await page.waitForURL(/\/connections\?recorded=/);
      const id = new URL(page.url()).searchParams.get('recorded')!;
      expect(await page.locator('tbody tr').first().textContent()).toContain('Contact details shared');

      // The leader is told by mail, without the person's details.
      await t.app.get(NotificationSender).run();
      const mail = (await t.app.get(Mailer).catcher!.messages()).find(
        (m) => m.to.includes('leader@demo.test') && m.subject === `New referral to ${activity.title}`,
      );
      expect(mail?.text).toContain('Sam Okafor (Central Manchester PCN) has referred someone');
      expect(mail?.text).not.toMatch(/Robin|07700/);

      const leader = await newContext(browser, viewport);
      const lp = await leader.newPage();
      await signInAs(lp, base, 'leader@demo.test');
      await lp.goto(`${base}/organisations/${activity.organisation_id}/referrals`);
      const card = lp.locator('.nhsuk-card', { has: lp.locator(`a[href="/connections/${id}"]`) });
      await card.waitFor();
      expect(await card.textContent()).toMatch(/Referred bySam Okafor, Central Manchester PCN \(linkworker@demo\.test\)/);
      expect(await card.textContent()).toContain('Contact details shared');
      await expectAccessible(lp, `referral inbox with a contact at ${viewport}`);
      await card.locator(`a[href="/connections/${id}"]`).click();
      await lp.getByRole('button', { name: 'Show contact details' }).click();
      await lp.getByText('07700 900461').waitFor();
      expect(await lp.locator('table', { hasText: 'Read by' }).textContent()).toContain('Priya Shah (group leader)');
      await expectAccessible(lp, `referral with its contact shown at ${viewport}`);
      await screenshot(lp, `referral-contact-${viewport}`);
      await lp.getByRole('link', { name: 'Back to referrals' }).click();
      await lp
        .locator('.nhsuk-card', { has: lp.locator(`a[href="/connections/${id}"]`) })
        .getByRole('button', { name: /^Accept/ })
        .click();
      await lp
        .getByText(/accepted/i)
        .first()
        .waitFor();
      await leader.close();

      // The link worker sees the answer and the read, finds the person by reference, and withdraws.
      await page.goto(`${base}/connections?person=${reference}`);
      const rows = page.locator('tbody tr');
      await rows.first().waitFor();
      expect(await rows.count()).toBe(1);
      expect(await rows.first().textContent()).toContain('Accepted');
      await rows
        .first()
        .getByRole('link', { name: new RegExp(activity.title) })
        .click();
      await page.getByRole('heading', { name: `Connection to ${activity.title}` }).waitFor();
      expect(await page.locator('table', { hasText: 'What' }).textContent()).toMatch(/Recorded.*the link worker.*Accepted.*the group/s);
      await page.getByRole('button', { name: 'Withdraw connection' }).click();
      await page.locator('#reason-error').waitFor();
      await page.getByLabel('The person was connected to another group').check();
      await page.getByRole('button', { name: 'Withdraw connection' }).click();
      await page.getByText('Connection withdrawn', { exact: true }).waitFor();
      expect(await page.locator('.nhsuk-summary-list').textContent()).toContain('The person was connected to another group');
      await page.getByRole('button', { name: 'Erase contact details now' }).click();
      await page.getByText(/The contact details were erased on/).waitFor();
      await expectAccessible(page, `withdrawn connection at ${viewport}`);
      await screenshot(page, `connection-withdrawn-${viewport}`);
      const api = await t.gql('query($id: ID!) { connection(id: $id) { outcome withdrawReason hasContact } }', { id }, await t.login('linkworker@demo.test'));
      expect(api.data.connection).toEqual({ outcome: 'WITHDRAWN', withdrawReason: 'CONNECTED_ELSEWHERE', hasContact: false });
      await worker.close();
    });
  }

  it('lets a link worker choose a daily digest and say which PCN they work for', async () => {
    const context = await newContext(browser, 'phone');
    const page = await context.newPage();
    await signInAs(page, base, 'linkworker@demo.test');
    await page.goto(`${base}/account`);
    await page.getByLabel('Your PCN or practice').fill('North Manchester PCN');
    await page.getByLabel('One email a day').check();
    await page.getByRole('button', { name: 'Save your details' }).click();
    await page.getByText('Your details are saved').waitFor();
    await expectAccessible(page, 'account with details');
    await screenshot(page, 'account-details-phone');
    const me = await t.gql('{ me { organisationName notificationFrequency } }', {}, await t.login('linkworker@demo.test'));
    expect(me.data.me).toEqual({ organisationName: 'North Manchester PCN', notificationFrequency: 'DAILY' });
    await context.close();
  });
});
