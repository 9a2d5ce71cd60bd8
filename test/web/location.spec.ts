/// <reference lib="dom" />
import { Browser } from 'playwright-core';
import { baseUrl, expectAccessible, launchBrowser, newContext, screenshot, signInAs } from '../support/browser';
import { startTestApp, TestApp } from '../support/test-app';

/** How exact a place is, as link workers and group leaders see it: approximate distances, coverage areas, exact positions. */
describe('location precision in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    await t.flushSearch();
    base = await baseUrl(t);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('says when distances are approximate, and that a home-visiting service covers the area', async () => {
    for (const viewport of ['desktop', 'phone'] as const) {
      const context = await newContext(browser, viewport);
      const page = await context.newPage();
      // No postcode directory is loaded in the demo: WN3 4AA is placed at the middle of WN3.
      await page.goto(`${base}/?postcode=WN3+4AA&radius=10&full=1`);
      await page.getByRole('heading', { name: /activities? found/ }).waitFor();
      await page.getByText('We could not find that exact postcode, so distances are measured from the middle of WN3 and are approximate.').waitFor();
      const card = page.locator('.app-result', { hasText: 'Home visiting befriender' });
      expect(await card.textContent()).toContain('covers your area');
      const hall = page.locator('.app-result', { hasText: 'Memory café' }).first();
      if (await hall.count()) expect(await hall.textContent()).toMatch(/about \d+ miles? away/);
      await expectAccessible(page, `approximate search ${viewport}`);
      await screenshot(page, `location-search-${viewport}`);
      await context.close();
    }
  });

  it('measures exactly from a postcode the gazetteer holds: two groups in one outward code at different distances', async () => {
    const context = await newContext(browser, 'desktop');
    const page = await context.newPage();
    // The demo's small gazetteer holds M14 5RA; the two venues are in M14 too, placed by their coordinates.
    await page.goto(`${base}/?postcode=M14+5RA&radius=5&sort=distance`);
    await page.getByRole('heading', { name: /activities? found/ }).waitFor();
    expect(await page.getByTestId('approximate-postcode').count()).toBe(0);
    // 0.6 km and 1.4 km (worked out by hand from the demo's positions).
    expect(await page.locator('.app-result', { hasText: 'Lakeside walk and talk' }).textContent()).toContain('0.4 miles away');
    expect(await page.locator('.app-result', { hasText: 'Walking football' }).textContent()).toContain('0.9 miles away');
    await screenshot(page, 'location-exact-desktop');
    await context.close();
  });

  it('lets a leader place a venue exactly, and shows how each venue is placed', async () => {
    const context = await newContext(browser, 'phone');
    const page = await context.newPage();
    await signInAs(page, base, 'leader@demo.test');
    const [{ id }] = await t.dataSource.query("SELECT organisation_id AS id FROM venues WHERE name = 'Ancoats Kitchen'");
    await page.goto(`${base}/organisations/${id}/venues`);
    await page.getByRole('link', { name: 'Edit Ancoats Kitchen' }).click();
    // The demo's venues are placed by position, so the section starts open with it filled in.
    expect(await page.getByLabel('Latitude').inputValue()).toBe('53.4846');
    await page.getByLabel('Latitude').fill('53.4851');
    await page.getByLabel('Longitude').fill('');
    await page.getByRole('button', { name: 'Save venue' }).click();
    await page.getByRole('link', { name: 'Enter the longitude too, or leave both empty' }).waitFor();
    await expectAccessible(page, 'venue position error');
    await page.getByLabel('Longitude').fill('2.35');
    await page.getByLabel('Latitude').fill('48.85');
    await page.getByRole('button', { name: 'Save venue' }).click();
    await page.getByRole('link', { name: 'the position is not in the UK' }).waitFor();
    await page.getByLabel('Latitude').fill('53.4851');
    await page.getByLabel('Longitude').fill('-2.2279');
    await screenshot(page, 'location-venue-form-phone');
    await page.getByRole('button', { name: 'Save venue' }).click();
    await page.waitForURL(/done=saved/);
    const card = page.locator('.nhsuk-card', { hasText: 'Ancoats Kitchen' });
    expect(await card.textContent()).toContain('Placed exactly by the position you gave.');
    expect(await t.dataSource.query("SELECT latitude, longitude, precision FROM venues WHERE name = 'Ancoats Kitchen'")).toEqual([
      { latitude: 53.4851, longitude: -2.2279, precision: 'COORDINATES' },
    ]);
    await expectAccessible(page, 'venues list');
    await context.close();
  });

  it('lets a leader give a phone service the areas it covers, and shows them to link workers', async () => {
    const context = await newContext(browser, 'desktop');
    const page = await context.newPage();
    await signInAs(page, base, 'leader@demo.test');
    const [{ id }] = await t.dataSource.query("SELECT id FROM organisations WHERE name = 'Bolton Men’s Shed'");
    await page.goto(`${base}/organisations/${id}/listings/new`);
    await page.getByLabel('Title').fill('Shed chat by phone');
    await page.getByLabel('Description').fill('A weekly call from one of the shed members.');
    await page.getByLabel('Loneliness and isolation').check();
    await page.getByLabel('By phone').check();
    await page.getByLabel('Postcode areas you cover (optional)').fill('bl1 BL2, ZZ9');
    await page.getByLabel('Bolton').check();
    await page.getByLabel('Yes, it is free').check();
    await page.getByRole('button', { name: 'Add listing' }).click();
    await page.getByRole('link', { name: 'ZZ9: not a postcode area we know' }).waitFor();
    await expectAccessible(page, 'listing coverage error');
    await page.getByLabel('Postcode areas you cover (optional)').fill('BL1 BL2');
    await screenshot(page, 'location-listing-coverage-desktop');
    await page.getByRole('button', { name: 'Add listing' }).click();
    await page.waitForURL(/listings\/[0-9a-f-]{36}/);
    expect(await t.dataSource.query("SELECT coverage_outcodes, coverage_districts FROM activities WHERE title = 'Shed chat by phone'")).toEqual([
      { coverage_outcodes: ['BL1', 'BL2'], coverage_districts: ['E08000001'] },
    ]);
    const [{ id: activityId }] = await t.dataSource.query("SELECT id FROM activities WHERE title = 'Shed chat by phone'");
    await page.goto(`${base}/activities/${activityId}`);
    await page.getByText('Comes to people in Bolton, postcode areas BL1, BL2.').waitFor();
    await expectAccessible(page, 'activity with coverage');
    await context.close();
  });
});
