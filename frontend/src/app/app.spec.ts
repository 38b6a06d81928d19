import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideRouter, Router } from '@angular/router';
import { AuthStore } from './core/auth/auth-store';
import { ME } from './core/auth/me.testing';
import { App } from './app';
import { LoadingState } from './core/loading/loading-state';
import { provideRouteLoadingIndicator } from './core/loading/route-loading';

@Component({ template: '<h1>Page</h1>' })
class Page {}

describe('App shell', () => {
  let resolveLazyPage: (page: typeof Page) => void;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [App],
      providers: [
        provideRouter([
          { path: '', component: Page },
          {
            path: 'lazy',
            loadComponent: () => new Promise<typeof Page>((resolve) => (resolveLazyPage = resolve)),
          },
        ]),
        provideRouteLoadingIndicator(),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    localStorage.clear();
  });

  async function render(): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(App);
    await TestBed.inject(Router).navigateByUrl('/');
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('has landmarks: banner, navigation, main, contentinfo', async () => {
    const shell = await render();
    expect(shell.querySelector('header')).not.toBeNull();
    expect(shell.querySelector('nav[aria-label]')).not.toBeNull();
    expect(shell.querySelector('main#main-content')?.textContent).toContain('Page');
    expect(shell.querySelector('footer')?.textContent).toContain('Демо-клиника');
  });

  it('starts with a skip link that moves focus to the main content', async () => {
    const shell = await render();
    const skip = shell.querySelector<HTMLAnchorElement>('a.skip-link');
    expect(shell.querySelector('a')).toBe(skip);
    skip?.click();
    expect(document.activeElement).toBe(shell.querySelector('main'));
  });

  it('shows the clinic name and the sign-in and registration entries in the header', async () => {
    const header = (await render()).querySelector('header');
    expect(header?.textContent).toContain('Клиника');
    expect(header?.querySelector('a[href="/login"]')?.textContent).toContain('Войти');
    expect(header?.querySelector('a[href="/register"]')?.textContent).toContain('Зарегистрироваться');
  });

  it('opens and closes the narrow-screen menu', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const shell = fixture.nativeElement as HTMLElement;
    const button = shell.querySelector<HTMLButtonElement>('button[aria-controls="shell-menu"]');
    expect(button?.getAttribute('aria-expanded')).toBe('false');
    button?.click();
    await fixture.whenStable();
    expect(button?.getAttribute('aria-expanded')).toBe('true');
    const menu = shell.querySelector('#shell-menu');
    expect(menu?.querySelectorAll('a')).toHaveLength(4);
    menu?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await fixture.whenStable();
    expect(shell.querySelector('#shell-menu')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('shows the progress bar while a lazy route loads', async () => {
    const fixture = TestBed.createComponent(App);
    const shell = fixture.nativeElement as HTMLElement;
    const loading = TestBed.inject(LoadingState);
    await TestBed.inject(Router).navigateByUrl('/');
    await fixture.whenStable();
    expect(shell.querySelector('mat-progress-bar')).toBeNull();

    // Not whenStable(): the pending navigation would keep the app unstable until it ends.
    const navigation = TestBed.inject(Router).navigateByUrl('/lazy');
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
    expect(loading.busy()).toBe(true);
    expect(shell.querySelector('mat-progress-bar')).not.toBeNull();

    resolveLazyPage(Page);
    await navigation;
    await fixture.whenStable();
    expect(loading.busy()).toBe(false);
    expect(shell.querySelector('mat-progress-bar')).toBeNull();
  });

  it('shows the signed-in user in the header, with the personal account, settings and sign-out', async () => {
    const signedIn = TestBed.inject(AuthStore).signIn({ accessToken: 'T', expiresIn: 900 });
    TestBed.inject(HttpTestingController).expectOne('/api/me').flush(ME);
    await signedIn;
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    // The account menu is a @defer block: its content renders in the pass after it loads.
    fixture.detectChanges();
    const shell = fixture.nativeElement as HTMLElement;
    const header = shell.querySelector('header');
    expect(header?.querySelector('a[href="/login"]')).toBeNull();
    expect(header?.querySelector('app-account-menu')?.textContent).toContain('Фёдор Достоевский');

    shell.querySelector<HTMLButtonElement>('button[aria-controls="shell-menu"]')?.click();
    await fixture.whenStable();
    const items = [...shell.querySelectorAll('#shell-menu .account-link')].map((item) =>
      item.textContent?.trim(),
    );
    expect(items).toEqual(['homeЛичный кабинет', 'settingsНастройки', 'logoutВыйти']);

    [...shell.querySelectorAll<HTMLButtonElement>('#shell-menu button')]
      .find((b) => b.textContent?.includes('Выйти'))
      ?.click();
    TestBed.inject(HttpTestingController).expectOne('/api/auth/logout').flush(null);
    await fixture.whenStable();
    expect(TestBed.inject(AuthStore).state()).toBe('signedOut');
    expect(shell.querySelector('header a[href="/login"]')).not.toBeNull();
  });
});
