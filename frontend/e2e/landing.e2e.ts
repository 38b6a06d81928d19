import { Browser } from 'playwright-core';
import { baseUrl, horizontalOverflow, launchChromium, screenshotPath, settled, watchedPage } from './browser';

describe('patient portal shell in Chromium', () => {
  let browser: Browser;
  const base = baseUrl();

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the Russian landing at /ru/ with its entry points, under the strict CSP', async () => {
    const { page, problems } = await watchedPage(browser, { viewport: { width: 1280, height: 900 } });
    const response = await page.goto(`${base}/ru/`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await settled(page);

    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    expect(await page.locator('h1').innerText()).toContain('Ваша медицинская карта');
    expect(await page.title()).toBe('Главная — Клиника · Личный кабинет');
    await page.getByRole('link', { name: 'Зарегистрироваться' }).first().waitFor();
    await page.getByRole('link', { name: 'Войти' }).first().waitFor();
    // The nonce reached Angular: component styles are applied (the header is sticky).
    expect(await page.locator('app-header').evaluate((el) => getComputedStyle(el).position)).toBe('sticky');

    await page.screenshot({ path: screenshotPath('landing-ru-1280.png'), fullPage: true });

    // Keyboard: the first Tab reaches the skip link, Enter moves focus into <main>.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
      'Перейти к основному содержанию',
    );
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    expect(page.url()).toBe(`${base}/ru/`);
    expect(problems).toEqual([]);
  });

  it('switches to English at /en/ and back, remembering the choice for /', async () => {
    const { page, problems } = await watchedPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/ru/`);
    await settled(page);

    await page.locator('app-language-switch a').click();
    await page.waitForURL(`${base}/en/`);
    await settled(page);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h1').innerText()).toContain('Your medical record');
    expect(await page.title()).toBe('Home — Clinic · Patient portal');
    expect(await page.context().cookies()).toContainEqual(
      expect.objectContaining({ name: 'lang', value: 'en', path: '/', sameSite: 'Lax' }),
    );
    await page.screenshot({ path: screenshotPath('landing-en-1280.png'), fullPage: true });

    await page.goto(`${base}/`);
    await page.waitForURL(`${base}/en/`);
    await settled(page);

    await page.locator('app-language-switch a').click();
    await page.waitForURL(`${base}/ru/`);
    await settled(page);
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    expect(await page.locator('h1').innerText()).toContain('Ваша медицинская карта');
    expect(await page.context().cookies()).toContainEqual(
      expect.objectContaining({ name: 'lang', value: 'ru' }),
    );
    expect(problems).toEqual([]);
  });

  it('keeps the page when switching language, e.g. on the sign-in page', async () => {
    const { page, problems } = await watchedPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/ru/`);
    await settled(page);
    await page.locator('app-header').getByRole('link', { name: 'Войти' }).click();
    await page.waitForURL(`${base}/ru/login`);
    await settled(page);
    expect(await page.locator('h1').innerText()).toBe('Вход');
    await page.getByLabel('Электронная почта').fill('anna@example.org');

    await page.locator('app-language-switch a').click();
    await page.waitForURL(`${base}/en/login`);
    await settled(page);
    expect(await page.locator('h1').innerText()).toBe('Sign in');
    await page.getByLabel('Email').waitFor();
    await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
    expect(problems).toEqual([]);
  });

  it('shows the 404 page for an unknown address, with a way home', async () => {
    const { page, problems, expectNotFound } = await watchedPage(browser, {
      viewport: { width: 1280, height: 900 },
    });
    const unknown = `${base}/ru/no-such-page`;
    expectNotFound(unknown);
    await page.goto(unknown);
    await settled(page);
    expect(await page.locator('h1').innerText()).toBe('Страница не найдена');
    expect(await page.title()).toBe('Страница не найдена — Клиника · Личный кабинет');

    await page.getByRole('link', { name: 'На главную' }).click();
    await page.waitForURL(`${base}/ru/`);
    await settled(page);
    expect(await page.locator('h1').innerText()).toContain('Ваша медицинская карта');
    expect(problems).toEqual([]);
  });

  it.each(['ru', 'en'])('fits a 360×740 phone screen without horizontal scrolling (%s)', async (locale) => {
    const { page, problems, expectNotFound } = await watchedPage(browser, {
      viewport: { width: 360, height: 740 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    await page.goto(`${base}/${locale}/`);
    await settled(page);
    expect(await horizontalOverflow(page)).toBe(0);
    await page.screenshot({ path: screenshotPath(`landing-${locale}-360.png`) });
    await page.screenshot({ path: screenshotPath(`landing-${locale}-360-full.png`), fullPage: true });

    // The narrow-screen menu opens, fits, and leads to the registration page.
    const menuButton = page.locator('button[aria-controls="shell-menu"]');
    await menuButton.click();
    expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
    expect(await horizontalOverflow(page)).toBe(0);
    await page.screenshot({ path: screenshotPath(`menu-${locale}-360.png`) });
    await page.locator('#shell-menu a[href$="/register"]').click();
    await page.waitForURL(`${base}/${locale}/register`);
    await settled(page);
    expect(await page.locator('#shell-menu').count()).toBe(0);
    expect(await horizontalOverflow(page)).toBe(0);

    const unknown = `${base}/${locale}/no/such/page`;
    expectNotFound(unknown);
    await page.goto(unknown);
    await settled(page);
    expect(await horizontalOverflow(page)).toBe(0);
    expect(problems).toEqual([]);
  });
});
