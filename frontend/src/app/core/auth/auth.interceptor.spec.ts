import { HttpClient, HttpErrorResponse, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { AuthStore } from './auth-store';
import { authInterceptor } from './auth.interceptor';

@Component({ template: '' })
class Blank {}

describe('authInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let store: AuthStore;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideRouter([{ path: '**', component: Blank }]),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    store = TestBed.inject(AuthStore);
    const signedIn = store.signIn({ accessToken: 'OLD', expiresIn: 900 });
    backend.expectOne('/api/me').flush({});
    await signedIn;
    await TestBed.inject(Router).navigateByUrl('/settings/sessions');
  });

  afterEach(() => backend.verify());

  const unauthorized = (request: TestRequest) =>
    request.flush({}, { status: 401, statusText: 'Unauthorized' });
  const flushPromises = () => new Promise((resolve) => setTimeout(resolve));

  it('adds the bearer token to API requests only', () => {
    http.get('/api/me/sessions').subscribe();
    http.get('/assets/logo.svg').subscribe();
    expect(backend.expectOne('/api/me/sessions').request.headers.get('Authorization')).toBe('Bearer OLD');
    expect(backend.expectOne('/assets/logo.svg').request.headers.has('Authorization')).toBe(false);
  });

  it('on a 401 refreshes once and retries the request with the new token', async () => {
    const answer = firstValueFrom(http.get<{ ok: boolean }>('/api/me/sessions'));
    unauthorized(backend.expectOne('/api/me/sessions'));
    backend.expectOne('/api/auth/refresh').flush({ accessToken: 'NEW', expiresIn: 900 });
    await flushPromises();
    const retry = backend.expectOne('/api/me/sessions');
    expect(retry.request.headers.get('Authorization')).toBe('Bearer NEW');
    retry.flush({ ok: true });
    await expect(answer).resolves.toEqual({ ok: true });
    expect(store.accessToken()).toBe('NEW');
  });

  it('shares one refresh among requests that fail together', async () => {
    const a = firstValueFrom(http.get('/api/a'));
    const b = firstValueFrom(http.get('/api/b'));
    unauthorized(backend.expectOne('/api/a'));
    unauthorized(backend.expectOne('/api/b'));
    backend.expectOne('/api/auth/refresh').flush({ accessToken: 'NEW', expiresIn: 900 });
    await flushPromises();
    backend.expectOne('/api/a').flush('A');
    backend.expectOne('/api/b').flush('B');
    await expect(a).resolves.toBe('A');
    await expect(b).resolves.toBe('B');
  });

  it('does not loop: a second 401 after the retry reaches the caller', async () => {
    const answer = firstValueFrom(http.get('/api/me/password'));
    unauthorized(backend.expectOne('/api/me/password'));
    backend.expectOne('/api/auth/refresh').flush({ accessToken: 'NEW', expiresIn: 900 });
    await flushPromises();
    unauthorized(backend.expectOne('/api/me/password'));
    await expect(answer).rejects.toBeInstanceOf(HttpErrorResponse);
    backend.expectNone('/api/auth/refresh');
    expect(TestBed.inject(Router).url).toBe('/settings/sessions');
  });

  it('goes to the sign-in page with a returnUrl when the session cannot be refreshed', async () => {
    const answer = firstValueFrom(http.get('/api/me/sessions'));
    unauthorized(backend.expectOne('/api/me/sessions'));
    unauthorized(backend.expectOne('/api/auth/refresh'));
    await expect(answer).rejects.toMatchObject({ status: 401 });
    await flushPromises();
    expect(TestBed.inject(Router).url).toBe('/login?returnUrl=%2Fsettings%2Fsessions');
    expect(store.state()).toBe('signedOut');
  });

  it('leaves 401 answers of the sign-in endpoints alone (a wrong password is not an expired token)', async () => {
    const answer = firstValueFrom(http.post('/api/auth/login', { email: 'a@b.c', password: 'x' }));
    unauthorized(backend.expectOne('/api/auth/login'));
    await expect(answer).rejects.toMatchObject({ status: 401 });
    backend.expectNone('/api/auth/refresh');
  });
});
