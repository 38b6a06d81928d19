import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { AuthStore } from './auth-store';
import { ME } from './me.testing';

describe('AuthStore', () => {
  let backend: HttpTestingController;

  function setUp(hint: boolean): AuthStore {
    localStorage.clear();
    if (hint) localStorage.setItem('portal.hasSession', '1');
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    return TestBed.inject(AuthStore);
  }

  afterEach(() => backend.verify());

  it('is signed out at once, without asking the server, in a browser that never signed in', async () => {
    const store = setUp(false);
    expect(store.state()).toBe('signedOut');
    await store.restore();
    backend.expectNone('/api/auth/refresh');
    expect(store.accessToken()).toBeNull();
  });

  it('restores the session once from the refresh cookie, then loads who is signed in', async () => {
    const store = setUp(true);
    expect(store.state()).toBe('restoring');
    const restored = store.restore();
    expect(store.restore()).toBe(restored);

    backend
      .expectOne({ method: 'POST', url: '/api/auth/refresh' })
      .flush({ accessToken: 'T1', expiresIn: 900 });
    await new Promise((resolve) => setTimeout(resolve));
    backend.expectOne('/api/me').flush(ME);
    await restored;

    expect(store.state()).toBe('signedIn');
    expect(store.accessToken()).toBe('T1');
    expect(store.me()?.profile?.firstName).toBe('Фёдор');
  });

  it('keeps the access token in memory only, never in storage', async () => {
    const store = setUp(false);
    const signedIn = store.signIn({ accessToken: 'SECRET-TOKEN', expiresIn: 900 });
    backend.expectOne('/api/me').flush(ME);
    await signedIn;
    const stored = Object.keys(localStorage)
      .map((key) => localStorage.getItem(key))
      .join();
    expect(stored).not.toContain('SECRET-TOKEN');
    expect(document.cookie).not.toContain('SECRET-TOKEN');
    expect(localStorage.getItem('portal.hasSession')).toBe('1');
  });

  it('forgets the session hint when the server says there is no session', async () => {
    const store = setUp(true);
    const restored = store.restore();
    backend.expectOne('/api/auth/refresh').flush({}, { status: 401, statusText: 'Unauthorized' });
    await restored;
    expect(store.state()).toBe('signedOut');
    expect(localStorage.getItem('portal.hasSession')).toBeNull();
  });

  it('keeps the hint when the server could not be reached (the session may still be there)', async () => {
    const store = setUp(true);
    const restored = store.restore();
    backend.expectOne('/api/auth/refresh').error(new ProgressEvent('error'));
    await restored;
    expect(store.state()).toBe('signedOut');
    expect(localStorage.getItem('portal.hasSession')).toBe('1');
  });

  it('shares one refresh request among concurrent callers', async () => {
    const store = setUp(false);
    const first = store.refresh();
    const second = store.refresh();
    backend.expectOne('/api/auth/refresh').flush({ accessToken: 'T2', expiresIn: 900 });
    expect(await first).toBe('T2');
    expect(await second).toBe('T2');
  });

  it('signs out on the server and forgets everything here', async () => {
    const store = setUp(false);
    const signedIn = store.signIn({ accessToken: 'T3', expiresIn: 900 });
    backend.expectOne('/api/me').flush(ME);
    await signedIn;

    const signedOut = store.signOut();
    backend
      .expectOne({ method: 'POST', url: '/api/auth/logout' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await signedOut;
    expect(store.state()).toBe('signedOut');
    expect(store.me()).toBeNull();
    expect(localStorage.getItem('portal.hasSession')).toBeNull();
  });
});
