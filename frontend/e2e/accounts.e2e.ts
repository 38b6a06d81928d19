import { Browser, Page } from 'playwright-core';
import { baseUrl, horizontalOverflow, launchChromium, screenshotPath, settled, watchedPage } from './browser';
import { mailedCode } from './mail';

/** A fresh address for every run, so tests never depend on each other's accounts. */
function uniqueEmail(tag: string): string {
  return `e2e-${tag}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.org`;
}

const PASSWORD = 'Sinyaya-Lodka-2048!';
const NEW_PASSWORD = 'Zelyonaya-Reka-4096?';

describe('accounts in Chromium', () => {
  let browser: Browser;
  const base = baseUrl();

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Fills the registration form as a patient who is not in the clinic's records. */
  async function register(page: Page, email: string, seen: Set<string>): Promise<void> {
    await page.goto(`${base}/ru/register`);
    await settled(page);
    expect(await page.locator('h1').innerText()).toBe('Регистрация');
    await page.getByLabel('Фамилия').fill('Тестова');
    await page.getByLabel('Имя', { exact: true }).fill('Ольга');
    await page.getByLabel('Отчество').fill('Петровна');
    await page.getByLabel('Дата рождения').fill('1990-05-17');
    await page.getByLabel('Женский').check();
    await page.getByLabel('Электронная почта').fill(email);
    await page.getByLabel('Придумайте пароль').fill(PASSWORD);
    expect(await page.locator('app-password-meter').innerText()).toContain('Надёжный пароль');
    await page.getByLabel('Я согласен(на) на обработку моих персональных данных').check();
    await page.getByRole('button', { name: 'Получить код' }).click();

    await page.waitForURL(
      (url) => url.pathname === '/ru/register/confirm' && url.searchParams.get('email') === email,
    );
    await settled(page);
    expect(await page.locator('h1').innerText()).toBe('Подтверждение почты');
    expect(await page.locator('main').innerText()).toContain(email);
    const codeInput = page.getByLabel('Код из письма');
    expect(await codeInput.getAttribute('autocomplete')).toBe('one-time-code');
    expect(await codeInput.getAttribute('inputmode')).toBe('numeric');
    expect(await page.locator('main').innerText()).toMatch(/Отправить код ещё раз можно через \d+ с/);
    // Served from 127.0.0.1: the development aid is offered.
    await page.getByRole('link', { name: 'Открыть тестовый почтовый ящик' }).waitFor();

    await codeInput.fill(await mailedCode(email, seen));
    await page.getByRole('button', { name: 'Зарегистрироваться' }).click();
    await page.waitForURL(`${base}/ru/cabinet`);
    await settled(page);
  }

  async function expectCabinet(page: Page): Promise<void> {
    expect(await page.locator('h1').innerText()).toBe('Здравствуйте, Ольга Петровна');
    // Automatic verification runs in the worker; a patient the clinic does not know ends up unverified.
    await page
      .locator('app-verification-status', { hasText: 'Не верифицирован' })
      .waitFor({ timeout: 60_000 });
    expect(await page.locator('app-header app-account-menu').innerText()).toContain('Ольга Тестова');
  }

  it('registers with a mailed code, signs out, recovers the password and signs in with the new one', async () => {
    const { page, problems } = await watchedPage(browser, { viewport: { width: 1280, height: 900 } });
    const email = uniqueEmail('desk');
    const seen = new Set<string>();

    await register(page, email, seen);
    await expectCabinet(page);
    expect(await page.title()).toBe('Личный кабинет — Клиника · Личный кабинет');
    await page.screenshot({ path: screenshotPath('cabinet-ru-1280.png'), fullPage: true });

    // A reload keeps the session: the access token is only in memory, the refresh cookie restores it.
    await page.reload();
    await settled(page);
    await expectCabinet(page);
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toMatch(/eyJ/);

    await page.locator('app-header app-account-menu button').click();
    await page.getByRole('menuitem', { name: 'Выйти' }).click();
    await page.waitForURL(`${base}/ru/`);
    await settled(page);
    await page.locator('app-header').getByRole('link', { name: 'Войти' }).click();
    await page.waitForURL(`${base}/ru/login`);
    await settled(page);

    await page.getByRole('link', { name: 'Забыли пароль?' }).click();
    await page.waitForURL(`${base}/ru/password/forgot`);
    await settled(page);
    await page.getByLabel('Электронная почта').fill(email);
    await page.getByRole('button', { name: 'Получить код' }).click();
    await page.getByRole('status').filter({ hasText: 'есть личный кабинет' }).waitFor();
    await page.screenshot({ path: screenshotPath('password-forgot-ru-1280.png'), fullPage: true });
    await page.getByRole('link', { name: 'Ввести код и новый пароль' }).click();
    await page.waitForURL((url) => url.pathname === '/ru/password/reset');
    await settled(page);
    expect(await page.getByLabel('Электронная почта').inputValue()).toBe(email);
    await page.getByLabel('Код из письма').fill(await mailedCode(email, seen));
    await page.getByRole('textbox', { name: 'Новый пароль' }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Сменить пароль' }).click();

    await page.waitForURL(`${base}/ru/login?reset=1`);
    await settled(page);
    await page.getByRole('status').filter({ hasText: 'Пароль изменён' }).waitFor();
    await page.getByLabel('Электронная почта').fill(email);
    await page.getByLabel('Пароль', { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Войти', exact: true }).click();
    await page.waitForURL(`${base}/ru/cabinet`);
    await settled(page);
    await expectCabinet(page);

    // The development outbox shows both mails; the HTML view renders under the page's CSP.
    await page.goto(`${base}/ru/dev/mail?to=${encodeURIComponent(email)}`);
    await settled(page);
    // The registration code, the reset code, and whatever notices the account sent since.
    expect(await page.locator('.mails li').count()).toBeGreaterThanOrEqual(2);
    await page.locator('button.mail', { hasText: /регистрац/i }).click();
    // The newest mail is shown first; wait until the view has switched to the chosen one.
    const text = page.locator('pre.text', { hasText: /\d{6}/ });
    await text.waitFor();
    expect(await text.innerText()).toMatch(/\d{6}/);
    await page.getByText('HTML', { exact: true }).click();
    const body = page.frameLocator('iframe.html').locator('body', { hasText: /\d{6}/ });
    await body.waitFor();
    expect(await body.innerText()).toMatch(/\d{6}/);
    await page.screenshot({ path: screenshotPath('dev-mail-ru-1280.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('fits a 360 px phone from registration to settings, with the signed-in menu', async () => {
    const { page, problems } = await watchedPage(browser, {
      viewport: { width: 360, height: 740 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    const email = uniqueEmail('phone');
    await page.goto(`${base}/ru/register`);
    await settled(page);
    expect(await horizontalOverflow(page)).toBe(0);
    await page.screenshot({ path: screenshotPath('register-ru-360.png'), fullPage: true });

    await register(page, email, new Set());
    await expectCabinetOnPhone(page);
    expect(await horizontalOverflow(page)).toBe(0);
    await page.screenshot({ path: screenshotPath('cabinet-ru-360.png'), fullPage: true });

    await page.getByRole('link', { name: /Настройки/ }).click();
    await page.waitForURL(`${base}/ru/settings/contact`);
    await settled(page);
    expect(await horizontalOverflow(page)).toBe(0);
    await page.screenshot({ path: screenshotPath('settings-ru-360.png'), fullPage: true });

    const menuButton = page.locator('button[aria-controls="shell-menu"]');
    await menuButton.click();
    await page.locator('#shell-menu').getByRole('button', { name: 'Выйти' }).click();
    await page.waitForURL(`${base}/ru/`);
    await settled(page);
    expect(problems).toEqual([]);
  });

  async function expectCabinetOnPhone(page: Page): Promise<void> {
    expect(await page.locator('h1').innerText()).toBe('Здравствуйте, Ольга Петровна');
    await page
      .locator('app-verification-status', { hasText: 'Не верифицирован' })
      .waitFor({ timeout: 60_000 });
  }

  it('sends a signed-out visitor of the personal account to sign in (English)', async () => {
    const { page, problems } = await watchedPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/en/cabinet`);
    await page.waitForURL(`${base}/en/login?returnUrl=%2Fcabinet`);
    await settled(page);
    expect(await page.locator('h1').innerText()).toBe('Sign in');
    expect(await page.title()).toBe('Sign in — Clinic · Patient portal');
    await page.getByRole('link', { name: 'Register' }).first().waitFor();
    expect(problems).toEqual([]);
  });
});
