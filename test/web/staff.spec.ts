/// <reference lib="dom" />
import * as fs from 'node:fs';
import { Browser, Page } from 'playwright-core';
import { baseUrl, expectAccessible, launchBrowser, newContext, screenshot, signInAs, VIEWPORTS } from '../support/browser';
import { day, STANDARD_ITEMS, submitStandardAssessment } from '../support/assurance-fixtures';
import { createActivity, createOrganisation, createVenue, userWithRole } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';

// Browser journeys of several pages each; on a busy two-core machine one can take a couple of minutes.
jest.setTimeout(240_000);

/** Assurers, commissioners and administrators at work in the browser, each step checked through the API too. */
describe('assurers, commissioners and administrators in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let admin: string;
  let leader: string;
  let assurer: string;
  let commissioner: string;
  let linkWorker: string;
  let orgId: string;
  let activityId: string;
  const orgName = 'Whalley Range Ramblers';

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    base = await baseUrl(t);
    browser = await launchBrowser();
    admin = await t.login('admin@demo.test');
    leader = await userWithRole(t, admin, 'VCSE_LEADER');
    assurer = await t.login('assurer@demo.test');
    commissioner = await t.login('commissioner@demo.test');
    linkWorker = await t.login('linkworker@demo.test');
    orgId = await createOrganisation(t, leader, orgName);
    const venue = await createVenue(t, leader, orgId, 'M21 9AA');
    activityId = await createActivity(t, leader, {
      organisationId: orgId,
      venueId: venue,
      deliveryMode: 'IN_PERSON',
      title: 'Whalley Range ramble',
      needs: ['physical_activity'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const check = async (page: Page, name: string) => {
    await page.locator('h1').first().waitFor();
    await expectAccessible(page, `${name} at ${page.viewportSize()?.width}px`);
    await screenshot(page, `staff-${name}`);
  };
  const banner = (page: Page) => page.locator('.nhsuk-notification-banner');
  const defaultSearch = async () => {
    await t.flushSearch();
    const res = await t.gql('query { searchActivities(input: { text: "Whalley Range ramble" }) { hits { activity { id } } } }', {}, linkWorker);
    return res.data.searchActivities.hits.map((h: { activity: { id: string } }) => h.activity.id) as string[];
  };
  const assessmentOf = async () =>
    (
      await t.gql(
        'query($o: ID!) { organisationAssessments(organisationId: $o) { id status returnNote evidence { itemKey status reviewerNote } } }',
        { o: orgId },
        assurer,
      )
    ).data.organisationAssessments[0];

  it('works an assessment through return for changes, resubmission and assurance, and the activity reaches default search', async () => {
    const assessmentId = await submitStandardAssessment(t, leader, orgId);
    expect(await defaultSearch()).not.toContain(activityId);
    const context = await newContext(browser, 'desktop');
    const page = await context.newPage();
    await signInAs(page, base, 'assurer@demo.test');
    expect(new URL(page.url()).pathname).toBe('/review');
    await page.getByRole('link', { name: orgName }).waitFor();
    await check(page, 'review-queue');

    await page.getByRole('link', { name: orgName }).click();
    await page.getByRole('heading', { name: 'Review the assessment' }).waitFor();
    expect(await page.getByRole('link', { name: /Open the safeguarding policy document/ }).getAttribute('href')).toMatch(/^\/evidence-documents\//);
    await check(page, 'review-assessment');
    const reviewItem = async (title: string, accept: boolean, note?: string) => {
      const item = page.getByRole('region', { name: title });
      await item.getByLabel(accept ? 'Accept' : 'Ask for changes').check();
      if (note) await item.getByLabel('Note to the organisation').fill(note);
      await item.getByRole('button', { name: /Save review/ }).click();
      await banner(page)
        .getByText(`${title}: ${accept ? 'accepted' : 'changes asked for'}`)
        .waitFor();
    };
    const titles = (await assessmentOf()).evidence.map((e: { itemKey: string }) => e.itemKey);
    expect(titles).toEqual(expect.arrayContaining(STANDARD_ITEMS));
    for (const title of [
      'Governing document or constitution',
      'Named safeguarding lead',
      'Safeguarding policy',
      'Public liability insurance',
      'Health and safety policy and risk assessment',
      'Equality and diversity policy',
      'Complaints procedure',
      'First aid arrangements',
    ])
      await reviewItem(title, true);
    // Asking for changes needs a note: refused at the field first.
    const dataProtection = page.getByRole('region', { name: 'Data protection' });
    await dataProtection.getByLabel('Ask for changes').check();
    await dataProtection.getByRole('button', { name: /Save review/ }).click();
    await dataProtection.getByText('Say what needs to change').first().waitFor();
    await reviewItem('Data protection', false, 'That ICO number is not on the register: check it');
    await page.getByLabel('Return for changes').check();
    await page.getByLabel('Note to the organisation', { exact: true }).last().fill('Nearly there: one item to fix');
    await screenshot(page, 'staff-review-decision');
    await page.getByRole('button', { name: 'Record decision' }).click();
    await page.waitForURL(/\/review\?decided=/);
    const assessment = await assessmentOf();
    expect(assessment).toMatchObject({ id: assessmentId, status: 'IN_PROGRESS', returnNote: 'Nearly there: one item to fix' });
    expect(assessment.evidence.find((e: { itemKey: string }) => e.itemKey === 'governing_document').status).toBe('ACCEPTED');

    // The leader sees the notes, fixes the item and submits again.
    const leaderContext = await newContext(browser, 'phone');
    const leaderPage = await leaderContext.newPage();
    const leaderEmail = (await t.gql('{ me { email } }', {}, leader)).data.me.email;
    await signInAs(leaderPage, base, leaderEmail, 'long-enough-password');
    await leaderPage.goto(`${base}/organisations/${orgId}/assurance`);
    await leaderPage.getByText('The assurance team asked for changes').waitFor();
    expect(await leaderPage.locator('.nhsuk-card--warning').first().textContent()).toMatch(/That ICO number is not on the register/);
    await screenshot(leaderPage, 'staff-leader-returned');
    await leaderContext.close();
    await t.gql(
      'mutation($a: ID!) { provideEvidence(assessmentId: $a, input: { itemKey: "data_protection", reference: "ZA765432" }) { id } }',
      { a: assessmentId },
      leader,
    );
    expect((await t.gql('mutation($a: ID!) { submitAssessment(assessmentId: $a) { status } }', { a: assessmentId }, leader)).data.submitAssessment.status).toBe(
      'SUBMITTED',
    );

    await page.goto(`${base}/review`);
    await page.getByRole('link', { name: orgName }).click();
    await page.getByText('Returned for changes').waitFor();
    expect(await page.getByRole('region', { name: 'Governing document or constitution' }).textContent()).toMatch(/Accepted/);
    await reviewItem('Data protection', true);
    await page.getByLabel('Assure the organisation').check();
    await page.getByRole('button', { name: 'Record decision' }).click();
    await page.waitForURL(/\/review\?decided=/);
    expect((await assessmentOf()).status).toBe('ASSURED');
    expect(await defaultSearch()).toContain(activityId);
    await context.close();
  });

  it('shows the register as of a date before and after, with a CSV of the same rows', async () => {
    const context = await newContext(browser, 'desktop');
    const page = await context.newPage();
    await signInAs(page, base, 'commissioner@demo.test');
    expect(new URL(page.url()).pathname).toBe('/commissioning/providers');
    await page.getByRole('cell', { name: orgName, exact: true }).waitFor();
    await check(page, 'providers');

    const [y, m, d] = day(-1).split('-');
    const group = page.getByRole('group', { name: 'Show the register on' });
    await group.getByLabel('Day').fill(String(Number(d)));
    await group.getByLabel('Month').fill(String(Number(m)));
    await group.getByLabel('Year').fill(y);
    await page.getByRole('button', { name: 'Show register' }).click();
    await page.waitForURL(new RegExp(`asOf=${day(-1)}`));
    await page.getByRole('heading', { name: /assured on/ }).waitFor();
    expect(await page.locator('main').textContent()).not.toContain(orgName);
    const yesterday = (await t.gql('query($d: Date) { assuredProviderRegister(asOf: $d) { organisation { name } } }', { d: day(-1) }, commissioner)).data
      .assuredProviderRegister;
    expect(await page.getByRole('heading', { name: /assured on/ }).textContent()).toMatch(new RegExp(`^${yesterday.length} organisation`));

    await page.goto(`${base}/commissioning/providers?asOf=${day(0)}`);
    await page.getByRole('cell', { name: orgName, exact: true }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download this register as CSV' }).click()]);
    const lines = fs
      .readFileSync(await download.path(), 'utf8')
      .trim()
      .split('\r\n');
    const today = (await t.gql('query($d: Date) { assuredProviderRegister(asOf: $d) { organisation { id } } }', { d: day(0) }, commissioner)).data
      .assuredProviderRegister;
    expect(lines[0]).toBe('organisation_id,organisation,charity_number,status,tier,valid_until,assessed_on,assessed_by');
    expect(lines).toHaveLength(today.length + 1);
    expect(lines.find((l) => l.startsWith(orgId))).toMatch(
      new RegExp(`^${orgId},${orgName},,ASSURED,STANDARD,\\d{4}-\\d{2}-\\d{2},${day(0)},assurer@demo.test$`),
    );
    expect(await page.locator('tbody tr').count()).toBe(today.length);
    await context.close();
  });

  it('draws the usage and demand dashboards with tables that match the API, at 1280 and 360 px', async () => {
    const range = { from: `${day(-330).slice(0, 7)}-01`, to: day(0) };
    const api = (await t.gql('query($r: ReportRange!) { usageReport(range: $r, groupBy: NEED) { rows { label connections } } }', { r: range }, commissioner))
      .data.usageReport.rows as { label: string; connections: number | null }[];
    for (const viewport of ['desktop', 'phone'] as const) {
      const context = await newContext(browser, viewport);
      const page = await context.newPage();
      await signInAs(page, base, 'commissioner@demo.test');
      await page.goto(`${base}/commissioning/usage?from=${range.from}&to=${range.to}`);
      await page.getByRole('table', { name: 'Connections, outcomes and attendances by need' }).waitFor();
      expect(await page.locator('figure.app-chart').count()).toBe(5);
      expect(await page.locator('.app-chart__svg path').count()).toBe(2);
      const table = page.getByRole('table', { name: 'Connections, outcomes and attendances by need' });
      const shown = await table
        .locator('tbody tr')
        .evaluateAll((rows) =>
          rows
            .map((r) => Array.from(r.querySelectorAll('td')).map((td) => td.lastChild?.textContent?.trim() ?? ''))
            .map(([label, connections]) => ({ label, connections })),
        );
      expect(shown).toEqual(
        expect.arrayContaining(api.map((r) => ({ label: r.label, connections: r.connections === null ? 'withheld' : String(r.connections) }))),
      );
      expect(shown).toHaveLength(api.length);
      await check(page, 'usage-dashboard');

      await page.getByRole('link', { name: 'Demand and risk' }).click();
      await page.getByRole('heading', { name: 'Unmet demand by need' }).waitFor();
      const demand = (await t.gql('query($r: ReportRange!) { demandReport(range: $r, groupBy: NEED) { rows { label searches } } }', { r: range }, commissioner))
        .data.demandReport.rows as { label: string; searches: number }[];
      if (demand.length) {
        const firstRow = await page.getByRole('table', { name: 'Unmet demand by need' }).locator('tbody tr').first().locator('td').allTextContents();
        expect(demand.map((r) => `${r.label}|${r.searches}`)).toContain(`${firstRow[0].replace(/^Need /, '')}|${firstRow[1].replace(/^Searches /, '')}`);
      }
      await check(page, 'demand-dashboard');

      await page.getByRole('link', { name: 'Listing freshness' }).click();
      const overall = (await t.gql('{ freshnessReport { overall { listings confirmedShare } } }', {}, commissioner)).data.freshnessReport.overall;
      await page.getByText(`${Math.round(overall.confirmedShare * 100)}% of ${overall.listings} open listings were confirmed`).waitFor();
      await check(page, 'freshness-dashboard');
      await context.close();
    }
  });

  it('lets an admin add a group leader who then signs in, chooses a password and sees their organisation', async () => {
    const context = await newContext(browser, 'phone');
    const page = await context.newPage();
    await signInAs(page, base, 'admin@demo.test');
    expect(new URL(page.url()).pathname).toBe('/admin/users');
    await check(page, 'users');
    await page.getByRole('button', { name: 'Add a user' }).click();
    await page.getByRole('button', { name: 'Add user' }).click();
    await page.locator('.nhsuk-error-summary').getByText('Select a role').waitFor();
    await page.getByLabel('Email address').fill('new.leader@example.test');
    await page.getByLabel('Group leader').check();
    await page.getByLabel(orgName).check();
    await page.getByLabel('Temporary password').fill('temporary-password-42');
    await check(page, 'user-form');
    await page.getByRole('button', { name: 'Add user' }).click();
    await banner(page).getByText('Account created for new.leader@example.test').waitFor();
    const created = (await t.gql('{ users(filter: { email: "new.leader" }) { users { id role mustChangePassword organisations { id } } } }', {}, admin)).data
      .users.users;
    expect(created).toEqual([{ id: expect.any(String), role: 'VCSE_LEADER', mustChangePassword: true, organisations: [{ id: orgId }] }]);

    // A reset gives a one-time password, shown once.
    await page.getByRole('link', { name: 'new.leader@example.test' }).click();
    await page.getByRole('button', { name: 'Reset password' }).click();
    const oneTime = (await page.getByTestId('one-time-password').textContent())!;
    expect(oneTime.length).toBeGreaterThanOrEqual(12);
    await check(page, 'user-edit');
    await context.close();

    const leaderContext = await newContext(browser, 'phone');
    const leaderPage = await leaderContext.newPage();
    await signInAs(leaderPage, base, 'new.leader@example.test', oneTime);
    await leaderPage.waitForURL(/\/account\/password/);
    await leaderPage.getByLabel('Current password').fill(oneTime);
    await leaderPage.getByLabel('New password', { exact: true }).fill('my-own-password-2026');
    await leaderPage.getByLabel('New password again').fill('my-own-password-2026');
    await leaderPage.getByRole('button', { name: 'Change password' }).click();
    await leaderPage.waitForURL(/\/organisations/);
    await leaderPage.getByRole('heading', { name: orgName }).waitFor();
    await leaderContext.close();
  });

  it('shows the audit chain intact, and broken after a row is changed behind the service’s back', async () => {
    const context = await newContext(browser, 'desktop');
    const page = await context.newPage();
    await signInAs(page, base, 'commissioner@demo.test');
    await page.goto(`${base}/commissioning/audit?organisation=${orgId}`);
    const { events } = (await t.gql('{ verifyAuditChain { events } }', {}, commissioner)).data.verifyAuditChain;
    await banner(page)
      .getByText(`Intact: ${new Intl.NumberFormat('en-GB').format(events)} events`)
      .waitFor();
    await page.getByRole('cell', { name: 'Assessment returned', exact: true }).waitFor();
    await check(page, 'audit');

    const [victim] = await t.dataSource.query(`SELECT id FROM audit_events WHERE organisation_id = $1 AND action = 'ASSESSMENT_RETURNED'`, [orgId]);
    await t.dataSource.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_or_delete');
    await t.dataSource.query(`UPDATE audit_events SET details = '{"note":"nothing to see"}' WHERE id = $1`, [victim.id]);
    await t.dataSource.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_or_delete');
    await page.reload();
    await page.getByText('The audit trail has been tampered with').waitFor();
    expect(await page.locator('.nhsuk-card--warning').textContent()).toContain(victim.id);
    await screenshot(page, 'staff-audit-broken');
    await context.close();
  });

  it('keeps each role to its own pages', async () => {
    const context = await newContext(browser, 'desktop');
    const page = await context.newPage();
    await signInAs(page, base, 'linkworker@demo.test');
    for (const path of ['/review', '/commissioning/usage', '/commissioning/audit', '/admin/users']) {
      await page.goto(`${base}${path}`);
      await page.getByRole('heading', { name: 'You cannot use this page' }).waitFor();
    }
    await context.close();
    expect(VIEWPORTS.phone.width).toBe(360);
  });
});
