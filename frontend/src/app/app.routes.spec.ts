import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { provideRouter, Router, TitleStrategy, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { appRoutes } from './app.routes';
import { PortalTitleStrategy } from './core/title/portal-title-strategy';

describe('appRoutes', () => {
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(appRoutes, withComponentInputBinding()),
        { provide: TitleStrategy, useClass: PortalTitleStrategy },
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    harness = await RouterTestingHarness.create();
  });

  function heading(): string | undefined {
    return harness.routeNativeElement?.querySelector('h1')?.textContent?.trim();
  }

  it('shows the landing page at the root', async () => {
    await harness.navigateByUrl('/');
    expect(heading()).toContain('медицинская карта');
    expect(TestBed.inject(Title).getTitle()).toBe('Главная — Клиника · Личный кабинет');
  });

  it('shows the 404 page, with a way home, for an unknown address', async () => {
    await harness.navigateByUrl('/no/such/page');
    expect(heading()).toBe('Страница не найдена');
    const home = harness.routeNativeElement?.querySelector('a[href="/"]');
    expect(home?.textContent).toContain('На главную');
    expect(TestBed.inject(Title).getTitle()).toBe('Страница не найдена — Клиника · Личный кабинет');
  });

  it.each([
    ['/login', 'Вход', 'Вход — Клиника · Личный кабинет'],
    ['/register', 'Регистрация', 'Регистрация — Клиника · Личный кабинет'],
    [
      '/register/confirm?email=a%40b.ru',
      'Подтверждение почты',
      'Подтверждение почты — Клиника · Личный кабинет',
    ],
    ['/password/forgot', 'Восстановление пароля', 'Восстановление пароля — Клиника · Личный кабинет'],
    ['/password/reset', 'Новый пароль', 'Новый пароль — Клиника · Личный кабинет'],
  ])('has the real %s page', async (url, title, documentTitle) => {
    await harness.navigateByUrl(url);
    expect(heading()).toBe(title);
    expect(TestBed.inject(Title).getTitle()).toBe(documentTitle);
    expect(harness.routeNativeElement?.textContent).not.toContain('появятся вместе с учётными записями');
  });

  it.each(['/cabinet', '/settings', '/settings/two-factor'])(
    'sends a signed-out visitor of %s to the sign-in page and back afterwards',
    async (url) => {
      await harness.navigateByUrl(url);
      expect(TestBed.inject(Router).url).toBe(`/login?returnUrl=${encodeURIComponent(url)}`);
      expect(heading()).toBe('Вход');
    },
  );
});
