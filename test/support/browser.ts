import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { TestApp } from './test-app';

export const SCREENSHOTS = path.resolve(__dirname, '../../test-results/screenshots');
export const VIEWPORTS = { phone: { width: 360, height: 740 }, desktop: { width: 1280, height: 900 } } as const;

/**
 * Headless Chromium from the @sparticuz/chromium npm package (unpacked by the global setup, which
 * puts its path and flags in the environment), driven by playwright-core.
 */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.TEST_CHROMIUM_PATH;
  if (!executablePath) throw new Error('TEST_CHROMIUM_PATH is not set: the global setup unpacks Chromium');
  const args = JSON.parse(process.env.TEST_CHROMIUM_ARGS ?? '[]') as string[];
  return chromium.launch({ executablePath, args, headless: true });
}

/** The app listening on a real port, for a browser to visit. */
export async function baseUrl(t: TestApp): Promise<string> {
  if (!t.app.getHttpServer().listening) await t.app.listen(0, '127.0.0.1');
  return `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
}

/** A fresh browser profile (no cookies) at a viewport, failing the test on any page error. */
export async function newContext(browser: Browser, viewport: keyof typeof VIEWPORTS = 'desktop'): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORTS[viewport], locale: 'en-GB', timezoneId: 'Europe/London' });
  context.on('page', (page) => watchPage(page));
  return context;
}

export const pageErrors = new WeakMap<Page, string[]>();
function watchPage(page: Page) {
  const errors: string[] = [];
  pageErrors.set(page, errors);
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // Tiles cannot load here (no internet), and the API answers bad input with a 4xx the page shows
    // at the field: neither is the app's error.
    const expected = /tile|ERR_NAME_NOT_RESOLVED|ERR_INTERNET_DISCONNECTED|net::|status of 4\d\d/i;
    if (message.type() === 'error' && !expected.test(message.text())) errors.push(message.text());
  });
}

/** axe-core against WCAG 2.2 AA on the page as it is now: any violation fails the test. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const violations = results.violations.map(
    (v) =>
      `${name}: ${v.id} (${v.impact}) — ${v.help}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
  expect(violations).toEqual([]);
  expect(pageErrors.get(page) ?? []).toEqual([]);
}

/** This Chromium's full-page capture starts again from the top past about 8 192 px, so taller pages are written in parts. */
const SCREENSHOT_PART_PX = 8000;

/**
 * Writes a full-page screenshot for a reviewer (test-results/screenshots, not committed): `name-width.png`,
 * then `name-width-part2.png` and so on for each further 8 000 px of a tall page.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const width = page.viewportSize()?.width ?? 0;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let top = 0, part = 1; top < height; top += SCREENSHOT_PART_PX, part++) {
    const file = `${name}-${width}${part > 1 ? `-part${part}` : ''}.png`;
    const clip = { x: 0, y: top, width, height: Math.min(SCREENSHOT_PART_PX, height - top) };
    await page.screenshot({ path: path.join(SCREENSHOTS, file), fullPage: true, clip });
  }
}

/** Checks a page at both widths: accessible, and photographed. `visit` opens it in the given page. */
export async function checkAtBothWidths(
  browser: Browser,
  name: string,
  visit: (page: Page) => Promise<void>,
  signIn?: (page: Page) => Promise<void>,
): Promise<void> {
  for (const viewport of ['phone', 'desktop'] as const) {
    const context = await newContext(browser, viewport);
    try {
      const page = await context.newPage();
      if (signIn) await signIn(page);
      await visit(page);
      await expectAccessible(page, `${name} at ${VIEWPORTS[viewport].width}px`);
      await screenshot(page, name);
    } finally {
      await context.close();
    }
  }
}

/** Signs in through the sign-in page, as a person would. */
export async function signInAs(page: Page, base: string, email: string, password = 'demo-password'): Promise<void> {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}
