/// <reference lib="dom" />
import { Browser } from 'playwright-core';
import { baseUrl, expectAccessible, launchBrowser, newContext, screenshot, signInAs } from '../support/browser';
import { startTestApp, TestApp } from '../support/test-app';

/** Wellbeing measures in the browser: a link worker records them and sees follow-ups due; a commissioner reads the change. */
describe('wellbeing in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    base = await baseUrl(t);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('lets a link worker record a first contact, naming each mistake, and lists follow-ups due', async () => {
    for (const viewport of ['desktop', 'phone'] as const) {
      const context = await newContext(browser, viewport);
      const page = await context.newPage();
      await signInAs(page, base, 'linkworker@demo.test');
      await page.goto(`${base}/wellbeing`);
      await page.getByRole('heading', { name: 'Follow-ups due' }).waitFor();
      // The demo has first contacts whose follow-up is overdue.
      await page
        .getByText(/\(overdue\)/)
        .first()
        .waitFor();
      await page.getByRole('columnheader', { name: 'Activities since first contact' }).waitFor();
      await expectAccessible(page, `wellbeing follow-ups ${viewport}`);
      await screenshot(page, `wellbeing-due-${viewport}`);

      await page.getByRole('link', { name: 'Record wellbeing scores' }).click();
      await page.getByLabel('Your reference for the person').fill(viewport === 'desktop' ? 'LW-7001' : 'LW-7002');
      await page.getByLabel('First contact', { exact: true }).check();
      await page.getByLabel('Overall, how satisfied are you with your life nowadays?').fill('4');
      await page.getByLabel('Overall, to what extent do you feel that the things you do in your life are worthwhile?').fill('12');
      await page.getByLabel('Overall, how happy did you feel yesterday?').fill('3');
      await page.getByRole('button', { name: 'Save scores' }).click();
      // Named in the error summary, each a link to its field.
      await page.getByRole('link', { name: 'Enter a whole number from 0 to 10' }).first().waitFor();
      expect(await page.locator('.nhsuk-error-summary li').count()).toBe(2);
      await expectAccessible(page, `wellbeing form errors ${viewport}`);

      await page.getByLabel('Overall, to what extent do you feel that the things you do in your life are worthwhile?').fill('5');
      await page.getByLabel(/how anxious did you feel yesterday/).fill('7');
      await page.getByLabel('The person agreed to answer the equality questions').check();
      await page.getByLabel('Age', { exact: true }).selectOption('AGE_65_74');
      await page.getByLabel('Female', { exact: true }).check();
      await page.getByLabel('White', { exact: true }).check();
      await page.getByLabel('Home postcode').fill('M14 5RA');
      await screenshot(page, `wellbeing-form-${viewport}`);
      await page.getByRole('button', { name: 'Save scores' }).click();
      await page.waitForURL(/recorded=FIRST_CONTACT/);
      await page.getByText('The first contact scores are saved.').waitFor();
      await context.close();
    }
    const stored = await t.dataSource.query(
      "SELECT age_band, sex, ethnic_group FROM wellbeing_records WHERE recorded_on = current_date AND age_band = 'AGE_65_74' ORDER BY created_at",
    );
    expect(stored).toEqual([
      { age_band: 'AGE_65_74', sex: 'FEMALE', ethnic_group: 'WHITE' },
      { age_band: 'AGE_65_74', sex: 'FEMALE', ethnic_group: 'WHITE' },
    ]);
    expect(JSON.stringify(await t.dataSource.query('SELECT * FROM wellbeing_records'))).not.toMatch(/LW-700|M14 5RA/);
  });

  it('shows a commissioner the change in wellbeing, overall and by deprivation, with tables and CSV', async () => {
    for (const viewport of ['desktop', 'phone'] as const) {
      const context = await newContext(browser, viewport);
      const page = await context.newPage();
      await signInAs(page, base, 'commissioner@demo.test');
      await page.goto(`${base}/commissioning/wellbeing`);
      await page.getByRole('heading', { name: 'Everyone followed up' }).waitFor();
      await page.getByText(/\d+ people had a first contact and a follow-up/).waitFor();
      await page.getByRole('table', { name: 'Average scores and change, everyone' }).waitFor();
      await page.getByRole('heading', { name: /By area deprivation/ }).waitFor();
      expect(await page.getByRole('link', { name: /Download wellbeing .* as CSV/ }).count()).toBe(6);
      await expectAccessible(page, `wellbeing dashboard ${viewport}`);
      await screenshot(page, `wellbeing-dashboard-${viewport}`);
      await context.close();
    }
  });

  it('offers the first wellbeing scores straight after a connection, carrying the reference without putting it in the address', async () => {
    const context = await newContext(browser, 'phone');
    const page = await context.newPage();
    await signInAs(page, base, 'linkworker@demo.test');
    const [{ id }] = await t.dataSource.query(
      "SELECT a.id FROM activities a JOIN organisations o ON o.id = a.organisation_id WHERE o.assurance_status = 'ASSURED' AND a.status = 'ACTIVE' AND (a.spaces_available IS NULL OR a.spaces_available > 0) ORDER BY a.title LIMIT 1",
    );
    await page.goto(`${base}/activities/${id}/connect`);
    await page.getByLabel('Your reference for the person (optional)').fill('LW-7300');
    await page.getByRole('button', { name: 'Record connection' }).click();
    await page.getByText('Connection recorded').waitFor();
    await page.getByRole('link', { name: 'record their wellbeing scores' }).click();
    await page.getByRole('heading', { name: 'Record wellbeing scores' }).waitFor();
    expect(await page.getByLabel('Your reference for the person').inputValue()).toBe('LW-7300');
    expect(await page.getByLabel('First contact', { exact: true }).isChecked()).toBe(true);
    expect(page.url()).not.toContain('LW-7300');
    await expectAccessible(page, 'wellbeing after a connection phone');
    await context.close();
  });

  it('shows commissioners who the directory reaches beside the area’s population, and the needs left short near the most deprived areas', async () => {
    for (const viewport of ['desktop', 'phone'] as const) {
      const context = await newContext(browser, viewport);
      const page = await context.newPage();
      await signInAs(page, base, 'commissioner@demo.test');
      await page.goto(`${base}/commissioning/wellbeing`);
      await page.getByRole('link', { name: 'Equity of access' }).click();
      await page.getByRole('heading', { name: 'Equity of access', level: 1 }).waitFor();
      await page.getByText('Population figures: Demo area (illustrative figures, not census data).').waitFor();
      const deciles = page.getByRole('table', { name: 'People connected, connections and attendance by area deprivation' });
      await deciles.getByRole('row', { name: /^1 \(most deprived\) \d+ \d+ \d+ \d+% 40%$/ }).waitFor();
      await page.getByRole('table', { name: 'People connected, connections and attendance by ethnic group' }).waitFor();
      await page.getByRole('heading', { name: 'Who we are not reaching' }).waitFor();
      const short = page.getByRole('table', { name: 'Searches near the most deprived areas, by need' });
      await short.getByRole('row', { name: /^Housing \d+ \d+ \d+ \d+% \d+%$/ }).waitFor();
      await page.getByRole('table', { name: 'The most deprived areas searched from' }).getByRole('cell', { name: 'M8', exact: true }).waitFor();
      expect(await page.getByRole('link', { name: /Download .* as CSV/ }).count()).toBe(6);
      const csv = await page.request.get(`${base}${await page.getByRole('link', { name: 'Download equity of access by age as CSV' }).getAttribute('href')}`);
      expect(csv.status()).toBe(200);
      expect((await csv.text()).split('\r\n')[0]).toBe('band,key,label,people,connections,attended,connection_share,population_share,suppressed');
      await expectAccessible(page, `equity dashboard ${viewport}`);
      await screenshot(page, `equity-dashboard-${viewport}`);
      if (viewport === 'desktop') {
        // By keyboard alone: choose a need and show the figures; the choice lands in the address.
        await page.getByLabel('Need').focus();
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Tab');
        for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.textContent)) !== 'Show figures'; i++) await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        await page.waitForURL(/\/commissioning\/equity\?.*need=/);
        await page.getByRole('heading', { name: 'Who we are not reaching' }).waitFor();
      }
      await context.close();
    }
  });

  it("shows a group's leader the wellbeing of people referred to them on the returns page", async () => {
    const context = await newContext(browser, 'phone');
    const page = await context.newPage();
    await signInAs(page, base, 'leader@demo.test');
    const [{ id }] = await t.dataSource.query("SELECT id FROM organisations WHERE name = 'Ancoats Community Kitchen'");
    await page.goto(`${base}/organisations/${id}/returns`);
    await page.getByRole('heading', { name: 'Wellbeing of the people referred to you' }).waitFor();
    // Either this year's figures or, for a small group, why there are none: never a small number.
    await page.getByText(/people connected to your activities answered|Not enough people referred to you/).waitFor();
    await expectAccessible(page, 'group wellbeing phone');
    await screenshot(page, 'wellbeing-group-phone');
    await context.close();
  });
});
