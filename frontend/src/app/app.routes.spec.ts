import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter, TitleStrategy, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { appRoutes } from './app.routes';
import { PortalTitleStrategy } from './core/title/portal-title-strategy';

describe('appRoutes', () => {
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(appRoutes, withComponentInputBinding()),
        { provide: TitleStrategy, useClass: PortalTitleStrategy },
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
    ['/login', 'Вход'],
    ['/register', 'Регистрация'],
  ])('has %s, saying honestly that accounts are coming', async (url, title) => {
    await harness.navigateByUrl(url);
    expect(heading()).toBe(title);
    expect(harness.routeNativeElement?.textContent).toContain(
      'Вход и регистрация появятся вместе с учётными записями',
    );
  });
});
