import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { AuthStore } from './auth-store';
import { safeReturnUrl, signedInGuard, signedOutGuard } from './auth.guards';

@Component({ template: '<h1>page</h1>' })
class Page {}

describe('auth guards', () => {
  let router: Router;
  let backend: HttpTestingController;

  function setUp(hint: boolean): void {
    localStorage.clear();
    if (hint) localStorage.setItem('portal.hasSession', '1');
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'cabinet', canMatch: [signedInGuard], component: Page },
          { path: 'login', canActivate: [signedOutGuard], component: Page },
          { path: '**', component: Page },
        ]),
      ],
    });
    router = TestBed.inject(Router);
    backend = TestBed.inject(HttpTestingController);
  }

  afterEach(() => backend.verify());

  it('sends a signed-out visitor of a personal page to sign in, keeping where they wanted to go', async () => {
    setUp(false);
    await router.navigateByUrl('/cabinet?tab=1');
    expect(router.url).toBe('/login?returnUrl=%2Fcabinet%3Ftab%3D1');
  });

  it('waits for the session restore, then lets a signed-in user in', async () => {
    setUp(true);
    const navigation = router.navigateByUrl('/cabinet');
    await new Promise((resolve) => setTimeout(resolve));
    backend.expectOne('/api/auth/refresh').flush({ accessToken: 'T', expiresIn: 900 });
    await new Promise((resolve) => setTimeout(resolve));
    backend.expectOne('/api/me').flush({});
    await navigation;
    expect(router.url).toBe('/cabinet');
  });

  it('takes a signed-in user from the sign-in page to the personal account', async () => {
    setUp(false);
    const signedIn = TestBed.inject(AuthStore).signIn({ accessToken: 'T', expiresIn: 900 });
    backend.expectOne('/api/me').flush({});
    await signedIn;
    await router.navigateByUrl('/login');
    expect(router.url).toBe('/cabinet');
  });

  it.each([
    ['/settings/password', '/settings/password'],
    [undefined, '/cabinet'],
    ['https://evil.example/', '/cabinet'],
    ['//evil.example/', '/cabinet'],
    ['/\\evil.example', '/cabinet'],
  ])('returns only to in-app addresses: %s → %s', (value, expected) => {
    expect(safeReturnUrl(value)).toBe(expected);
  });
});
