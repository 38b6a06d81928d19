import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Browser, BrowserContextOptions, chromium, Page, Response } from 'playwright-core';

/** The origin under test, e.g. http://127.0.0.1:3000 (no trailing slash). */
export function baseUrl(): string {
  const url = process.env['E2E_BASE_URL'];
  if (!url) {
    throw new Error('E2E_BASE_URL is not set: start the server and point E2E_BASE_URL at it');
  }
  return url.replace(/\/+$/, '');
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Where screenshots go: outside the sources, under dist/. */
export function screenshotPath(name: string): string {
  const dir = process.env['E2E_SCREENSHOT_DIR'] ?? resolve(__dirname, '../../dist/frontend-e2e');
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}

/**
 * A page that records everything that should never happen: console errors and
 * warnings (CSP violations are console errors), uncaught exceptions, failed requests
 * and answers ≥ 400 — except for documents the test expects to be "not found".
 */
export async function watchedPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; problems: string[]; expectNotFound: (url: string) => void }> {
  const context = await browser.newContext({ locale: 'ru-RU', ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  const notFoundDocuments = new Set<string>();
  const isExpectedNotFound = (url: string | undefined) => !!url && notFoundDocuments.has(url);

  page.on('console', (message) => {
    const type = message.type();
    if (type !== 'error' && type !== 'warning') return;
    const where = message.location().url;
    if (/status of 404/.test(message.text()) && isExpectedNotFound(where)) return;
    problems.push(`console.${type}: ${message.text()} (${where})`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`),
  );
  page.on('response', (response: Response) => {
    if (response.status() < 400) return;
    const document = response.request().resourceType() === 'document';
    if (document && response.status() === 404 && isExpectedNotFound(response.url())) return;
    problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });

  return { page, problems, expectNotFound: (url) => notFoundDocuments.add(url) };
}

/** Waits until the app has rendered a page and nothing is loading any more. */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('main h1').first().waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** How far the page is wider than the viewport, in CSS pixels (0 = no horizontal scroll). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
