/// <reference lib="dom" />
import { Browser, Page } from 'playwright-core';
import { baseUrl, expectAccessible, launchBrowser, newContext, screenshot, signInAs, VIEWPORTS } from '../support/browser';
import { createActivity, createOrganisation } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** A VCSE leader keeps their listings true, answers referrals, files returns and gets assured: in the browser, checked through the API. */
describe('the group leader’s workspace in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let leader: string;
  let linkWorker: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    base = await baseUrl(t);
    browser = await launchBrowser();
    leader = await t.login('leader@demo.test');
    linkWorker = await t.login('linkworker@demo.test');
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** Each page of the journey: axe-core clean at this width, and photographed for review. */
  const check = async (page: Page, name: string) => {
    await page.locator('h1').first().waitFor();
    await expectAccessible(page, `${name} at ${page.viewportSize()?.width}px`);
    await screenshot(page, `leader-${name}`);
  };
  const banner = (page: Page) => page.locator('.nhsuk-notification-banner');
  const gqlAs = (token: string, query: string, variables: Record<string, unknown> = {}) => t.gql(query, variables, token);
  const search = async (text: string, extra: Record<string, unknown> = {}) => {
    await t.flushSearch();
    const res = await gqlAs(linkWorker, 'query($i: ActivitySearchInput!) { searchActivities(input: $i) { hits { activity { id title } } } }', {
      i: { text, assuredOnly: false, ...extra },
    });
    return res.data.searchActivities.hits.map((h: { activity: { title: string } }) => h.activity.title) as string[];
  };
  const fillDate = async (page: Page, legend: string | RegExp, day: string) => {
    const [y, m, d] = day.split('-');
    const group = page.getByRole('group', { name: legend });
    await group.getByLabel('Day').fill(String(Number(d)));
    await group.getByLabel('Month').fill(String(Number(m)));
    await group.getByLabel('Year').fill(y);
  };

  for (const viewport of ['desktop', 'phone'] as const) {
    const width = VIEWPORTS[viewport].width;

    it(`runs a group from a ${width}px screen: venue, listing, capacity, referral, return, pause and assurance`, async () => {
      // A group of the leader's own for this run, so that each width starts from nothing.
      const orgName = `Journey Group ${width}`;
      const orgId = await createOrganisation(t, leader, orgName);
      const context = await newContext(browser, viewport);
      const page = await context.newPage();
      await signInAs(page, base, 'leader@demo.test');
      expect(new URL(page.url()).pathname).toBe('/organisations');
      await page.getByRole('heading', { name: orgName }).waitFor();
      expect(await page.locator('li.nhsuk-card', { hasText: orgName }).textContent()).toMatch(/Add your first listing/);
      await check(page, 'organisations');

      // A venue: added, then corrected.
      await page.goto(`${base}/organisations/${orgId}/venues`);
      await check(page, 'venues');
      await page.getByRole('link', { name: 'Add a venue' }).click();
      await page.getByLabel('Name of the venue').fill('Scout hut');
      await page.getByLabel('Address line 1').fill('1 Mill Lane');
      await page.getByLabel('Town or city').fill('Manchester');
      await page.getByLabel('Postcode').fill('M4 5JD');
      await page.getByLabel('Step-free access').check();
      await check(page, 'venue-form');
      await page.getByRole('button', { name: 'Add venue' }).click();
      await banner(page).getByText('Venue added').waitFor();
      await page.getByRole('link', { name: 'Edit Scout hut' }).click();
      await page.getByLabel('Name of the venue').fill('Scout hut (back entrance)');
      await page.getByRole('button', { name: 'Save venue' }).click();
      await banner(page).getByText('Venue saved').waitFor();
      const venues = await gqlAs(leader, 'query($o: ID!) { organisation(id: $o) { venues { id name postcode accessibility { code } } } }', { o: orgId });
      expect(venues.data.organisation.venues).toEqual([
        { id: expect.any(String), name: 'Scout hut (back entrance)', postcode: 'M4 5JD', accessibility: [{ code: 'step_free' }] },
      ]);

      // A listing: a form with every field, checked, then shown as link workers see it.
      const title = `Lunch club ${width}`;
      await page.goto(`${base}/organisations/${orgId}/listings`);
      await check(page, 'listings-empty');
      await page.getByRole('link', { name: 'Add a listing' }).click();
      await page.getByRole('button', { name: 'Add listing' }).click();
      const summary = page.locator('.nhsuk-error-summary');
      await summary.waitFor();
      expect(await summary.textContent()).toMatch(/Enter a title/);
      await check(page, 'listing-form-errors');
      await page.getByLabel('Title').fill(title);
      await page.getByLabel('Description').fill('A hot meal and good company, every first Tuesday.');
      await page.getByLabel('Loneliness and isolation').check();
      await page.getByLabel('In person').check();
      await page.getByLabel('Venue').selectOption({ label: 'Scout hut (back entrance), Manchester' });
      await page.getByRole('button', { name: 'Add a session' }).click();
      const session = page.getByRole('group', { name: 'Session 1' });
      await session.getByLabel('Day').selectOption('TUESDAY');
      await session.getByLabel('Starts at').fill('12:00');
      await session.getByLabel('Ends at').fill('14:00');
      await session.getByLabel('How often').selectOption('MONTHLY');
      await session.getByLabel('Which Tuesday of the month').selectOption('1');
      await page.getByLabel('Yes, it is free').check();
      await page.getByLabel('How to join (optional)').fill('Just turn up; the kettle is on from 11.');
      await page.getByLabel('Places in each session (optional)').fill('20');
      await check(page, 'listing-form');
      await page.getByRole('button', { name: 'Add listing' }).click();
      await banner(page).getByText('Listing added').waitFor();
      await page.locator('.app-results').getByRole('heading', { name: title }).waitFor();
      expect(await page.locator('.app-results').textContent()).toMatch(/Scout hut/);
      await check(page, 'listing');
      const activityId = new URL(page.url()).pathname.split('/').pop()!;
      const created = await gqlAs(
        leader,
        'query($id: ID!) { activity(id: $id) { howToJoin schedule { day recurrence weekOfMonth } capacity { placesPerSession } } }',
        {
          id: activityId,
        },
      );
      expect(created.data.activity).toEqual({
        howToJoin: 'Just turn up; the kettle is on from 11.',
        schedule: [{ day: 'TUESDAY', recurrence: 'MONTHLY', weekOfMonth: 1 }],
        capacity: { placesPerSession: 20 },
      });

      // An edit reaches link workers' search.
      await page.getByRole('link', { name: 'Edit listing' }).click();
      await page.getByLabel('Title').fill(`${title} and quiz`);
      await page.getByRole('button', { name: 'Save changes' }).click();
      await banner(page).getByText('Listing saved').waitFor();
      expect((await search(`${title} and quiz`))[0]).toBe(`${title} and quiz`);

      // Full in one tap (by keyboard): it leaves default search, and comes back with spaces.
      const full = page.getByRole('button', { name: 'Full', exact: true });
      await full.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Full', pressed: true }).waitFor();
      expect((await gqlAs(leader, 'query($id: ID!) { activity(id: $id) { capacity { state } } }', { id: activityId })).data.activity.capacity.state).toBe(
        'FULL',
      );
      expect(await search(`${title} and quiz`)).not.toContain(`${title} and quiz`);
      expect(await search(`${title} and quiz`, { includeFull: true })).toContain(`${title} and quiz`);
      await page.getByRole('button', { name: 'Spaces available', exact: true }).click();
      await page.getByRole('button', { name: 'Spaces available', pressed: true }).waitFor();
      expect(await search(`${title} and quiz`)).toContain(`${title} and quiz`);

      // A referral made by a link worker, answered here.
      const referral = await gqlAs(linkWorker, 'mutation($a: ID!) { recordConnection(input: { activityId: $a, needs: ["loneliness", "food"] }) { id } }', {
        a: activityId,
      });
      const connectionId = referral.data.recordConnection.id;
      await page.goto(`${base}/organisations/${orgId}/referrals`);
      const card = page.locator('li.nhsuk-card', { hasText: `${title} and quiz` });
      await card.waitFor();
      expect(await card.textContent()).toMatch(/Loneliness and isolation, Food/);
      expect(await page.locator('.app-secondary-nav').textContent()).toMatch(/Referrals1 waiting/);
      await check(page, 'referrals');
      await card.getByRole('button', { name: /^Accept/ }).click();
      await banner(page)
        .getByText(/accepted/)
        .waitFor();
      expect((await gqlAs(linkWorker, '{ myConnections { id outcome } }')).data.myConnections).toContainEqual({ id: connectionId, outcome: 'ACCEPTED' });
      const second = (
        await gqlAs(linkWorker, 'mutation($a: ID!) { recordConnection(input: { activityId: $a, needs: ["loneliness"] }) { id } }', { a: activityId })
      ).data.recordConnection.id;
      await page.reload();
      await page
        .locator('li.nhsuk-card', { hasText: 'Waiting for the group' })
        .getByRole('button', { name: /^Decline/ })
        .click();
      await page.getByLabel('Too far for the person to travel').check();
      await check(page, 'referrals-decline');
      await page.getByRole('button', { name: 'Decline referral' }).click();
      await banner(page)
        .getByText(/declined/)
        .waitFor();
      expect((await gqlAs(linkWorker, '{ myConnections { id outcome declineReason } }')).data.myConnections).toContainEqual({
        id: second,
        outcome: 'DECLINED',
        declineReason: 'TOO_FAR',
      });

      // An attendance return: an impossible one is refused until confirmed; a sensible one is filed.
      const walkId = await createActivity(t, leader, {
        organisationId: orgId,
        title: `Monday walk ${width}`,
        schedule: [{ day: 'MONDAY', startTime: '10:00', endTime: '11:00' }],
        capacity: { placesPerSession: 5 },
      });
      await page.goto(`${base}/organisations/${orgId}/returns`);
      await check(page, 'returns');
      await page.getByRole('link', { name: 'File an attendance return' }).click();
      await page.getByLabel('Activity').selectOption({ label: `Monday walk ${width}` });
      const month = await page.getByLabel('Month', { exact: true }).inputValue();
      await page.getByLabel('Sessions run that month').fill('4');
      await page.getByLabel('Attendances', { exact: true }).fill('200');
      await page.getByLabel('New people that month').fill('3');
      await page.getByRole('button', { name: 'File return' }).click();
      await page.getByText('These figures look high').waitFor();
      expect(await page.locator('.nhsuk-error-summary').textContent()).toMatch(/is more than 5 places/);
      await check(page, 'attendance-return-refused');
      await page.getByLabel('Attendances', { exact: true }).fill('18');
      await page.getByRole('button', { name: 'File return' }).click();
      await banner(page).getByText('Attendance return filed').waitFor();
      expect(await page.locator('table').textContent()).toMatch(/Monday walk/);
      const filed = await gqlAs(leader, 'query($o: ID!, $a: ID) { attendanceReturns(organisationId: $o, activityId: $a) { month attendances } }', {
        o: orgId,
        a: walkId,
      });
      expect(filed.data.attendanceReturns).toEqual([{ month, attendances: 18 }]);

      // Paused with a reason until a day.
      await page.goto(`${base}/organisations/${orgId}/listings/${activityId}`);
      await page.getByRole('link', { name: 'Pause for a while' }).click();
      await page.getByLabel('Why is it paused?').fill('Summer break');
      await fillDate(page, /When does it start again/, '2099-09-01');
      await check(page, 'pause');
      await page.getByRole('button', { name: 'Pause listing' }).click();
      await banner(page).getByText('Listing paused').waitFor();
      expect(await page.getByText('It comes back by itself on 1 September 2099').isVisible()).toBe(true);
      const paused = await gqlAs(leader, 'query($id: ID!) { activity(id: $id) { status pausedReason resumesOn } }', { id: activityId });
      expect(paused.data.activity).toEqual({ status: 'PAUSED', pausedReason: 'Summer break', resumesOn: '2099-09-01' });
      expect(await search(`${title} and quiz`)).not.toContain(`${title} and quiz`);

      // Assurance: start, see the submission refused while items are missing, provide each item, submit.
      await page.goto(`${base}/organisations/${orgId}/assurance`);
      await check(page, 'assurance-start');
      await page.getByLabel('Standard').check();
      await page.getByRole('button', { name: 'Start assessment' }).click();
      await banner(page).getByText('Assessment started').waitFor();
      await page.getByText(/0 of 9 items done/).waitFor();
      await page.getByRole('button', { name: 'Submit assessment' }).click();
      const refused = page.locator('.nhsuk-error-summary');
      await refused.waitFor();
      expect(await refused.textContent()).toMatch(/Governing document or constitution is missing/);
      await check(page, 'assurance-refused');
      const items = await page.locator('ol > li.nhsuk-card').evaluateAll((cards) => cards.map((c) => c.id.replace('item-', '')));
      for (const key of items) {
        const item = page.locator(`#item-${key}`);
        await item.getByRole('button', { name: /^Add evidence/ }).click();
        if (await item.locator('input[type=file]').count()) {
          await item.locator('input[type=file]').setInputFiles({ name: `${key}.pdf`, mimeType: 'application/pdf', buffer: PDF });
        }
        if (await item.getByLabel('Reference').count()) await item.getByLabel('Reference').fill('Jo Bloggs, trained March 2026');
        if (await item.getByRole('group', { name: 'The date it ends' }).count()) await fillDate(item as unknown as Page, 'The date it ends', '2027-03-31');
        if (await item.getByRole('checkbox').count()) await item.getByRole('checkbox').check();
        if (key === items[0]) await check(page, 'assurance-item');
        await item.getByRole('button', { name: 'Save evidence' }).click();
        await item.getByText('Done, waiting for review').waitFor();
      }
      await page.getByText(/9 of 9 items done/).waitFor();
      await page.getByRole('button', { name: 'Submit assessment' }).click();
      await banner(page)
        .getByText(/Submitted/)
        .waitFor();
      await check(page, 'assurance-submitted');
      const assessment = (
        await gqlAs(
          leader,
          'query($o: ID!) { organisationAssessments(organisationId: $o) { status template { items { key evidenceKind } } evidence { itemKey status documentId } } }',
          {
            o: orgId,
          },
        )
      ).data.organisationAssessments[0];
      expect(assessment.status).toBe('SUBMITTED');
      const documents = assessment.template.items.filter((i: { evidenceKind: string }) => i.evidenceKind === 'DOCUMENT').map((i: { key: string }) => i.key);
      for (const e of assessment.evidence.filter((e: { itemKey: string }) => items.includes(e.itemKey))) {
        expect(e.status).toBe('PROVIDED');
        if (documents.includes(e.itemKey)) expect(e.documentId).toEqual(expect.any(String));
      }
      await context.close();
    }, 240_000);
  }

  it('refuses a file of the wrong type before it is sent', async () => {
    const orgId = await createOrganisation(t, leader, 'File check group');
    await gqlAs(leader, 'mutation($o: ID!) { startAssessment(organisationId: $o, tier: STANDARD) { id } }', { o: orgId });
    const context = await newContext(browser);
    const page = await context.newPage();
    await signInAs(page, base, 'leader@demo.test');
    await page.goto(`${base}/organisations/${orgId}/assurance`);
    const item = page.locator('#item-governing_document');
    await item.getByRole('button', { name: /^Add evidence/ }).click();
    await item.locator('input[type=file]').setInputFiles({ name: 'constitution.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') });
    expect(await item.locator('.nhsuk-error-message').textContent()).toMatch(/must be a PDF, PNG, JPEG or Word/);
    await item.getByRole('button', { name: 'Save evidence' }).click();
    expect(await page.locator('.nhsuk-error-summary').textContent()).toMatch(/must be a PDF/);
    const documents = await t.dataSource.query('SELECT count(*)::int AS n FROM evidence_documents WHERE organisation_id = $1', [orgId]);
    expect(documents[0].n).toBe(0);
    await context.close();
  });

  it("keeps a leader out of another organisation's workspace, by address and by API", async () => {
    const otherLeader = await t.login('admin@demo.test').then(async (admin) => {
      const email = `rival-${Date.now()}@example.test`;
      await t.gql(
        'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
        { i: { email, password: 'long-enough-password', role: 'VCSE_LEADER', temporaryPassword: false } },
        admin,
      );
      return email;
    });
    const [{ id: theirOrg }] = await t.dataSource.query(`SELECT id FROM organisations WHERE name = 'Ancoats Community Kitchen'`);
    const [{ id: theirListing }] = await t.dataSource.query('SELECT id FROM activities WHERE organisation_id = $1 LIMIT 1', [theirOrg]);
    const context = await newContext(browser);
    const page = await context.newPage();
    await signInAs(page, base, otherLeader, 'long-enough-password');
    for (const path of ['listings', `listings/${theirListing}`, `listings/${theirListing}/edit`, 'venues', 'referrals', 'returns', 'assurance']) {
      await page.goto(`${base}/organisations/${theirOrg}/${path}`);
      await page.getByRole('heading', { name: 'You cannot manage this organisation' }).waitFor();
    }
    await expectAccessible(page, 'not your organisation');
    await screenshot(page, 'leader-not-yours');
    const token = await t.login(otherLeader, 'long-enough-password');
    for (const [query, variables] of [
      ['query($o: ID!) { organisationConnections(organisationId: $o) { id } }', { o: theirOrg }],
      ['query($o: ID!) { attendanceReturns(organisationId: $o) { id } }', { o: theirOrg }],
      ['query($o: ID!) { organisationAssessments(organisationId: $o) { id } }', { o: theirOrg }],
      ['query($o: ID!) { organisation(id: $o) { workspace { waitingReferrals } } }', { o: theirOrg }],
      ['mutation($id: ID!) { setActivityAvailability(id: $id, state: FULL) { id } }', { id: theirListing }],
    ] as const) {
      expect((await t.gql(query, variables, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    await context.close();
  });
});
