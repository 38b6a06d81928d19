import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { AuthStore } from '../../core/auth/auth-store';
import { Login } from './login';

@Component({ template: '' })
class Blank {}

describe('Login', () => {
  let fixture: ComponentFixture<Login>;
  let page: HTMLElement;
  let backend: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [Login],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: '**', component: Blank }]),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Login);
    fixture.componentRef.setInput('returnUrl', '/settings/sessions');
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  function type(name: string, value: string): void {
    const input = page.querySelector<HTMLInputElement>(`input[formcontrolname="${name}"]`);
    if (!input) throw new Error(`no input ${name}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function submit(): Promise<void> {
    page.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await fixture.whenStable();
  }

  async function signInWithPassword(): Promise<void> {
    type('email', 'fedor@example.org');
    type('password', 'Sinyaya-Lodka-2048!');
    await submit();
  }

  async function finish(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    backend.expectOne('/api/me').flush({});
    await new Promise((resolve) => setTimeout(resolve, 10));
    await fixture.whenStable();
  }

  it('signs in and returns to the page that asked for it', async () => {
    await signInWithPassword();
    backend.expectOne('/api/auth/login').flush({ accessToken: 'T', expiresIn: 900 });
    await finish();
    expect(TestBed.inject(AuthStore).accessToken()).toBe('T');
    expect(TestBed.inject(Router).url).toBe('/settings/sessions');
  });

  it('says plainly when the email or password is wrong', async () => {
    await signInWithPassword();
    backend
      .expectOne('/api/auth/login')
      .flush(
        { statusCode: 401, message: 'Wrong email or password' },
        { status: 401, statusText: 'Unauthorized' },
      );
    await fixture.whenStable();
    expect(page.querySelector('[role="alert"]')?.textContent).toContain(
      'Неверная электронная почта или пароль.',
    );
  });

  it('asks for the authenticator code, or a recovery code, as the second step', async () => {
    await signInWithPassword();
    backend
      .expectOne('/api/auth/login')
      .flush({ twoFactorRequired: true, method: 'totp', challengeToken: 'CH' });
    await fixture.whenStable();
    expect(page.textContent).toContain('Введите 6-значный код из приложения-аутентификатора.');
    expect(document.activeElement?.getAttribute('autocomplete')).toBe('one-time-code');

    [...page.querySelectorAll('button')]
      .find((b) => b.textContent?.includes('Использовать код восстановления'))
      ?.click();
    await fixture.whenStable();
    type('code', 'abcd-efgh');
    await submit();
    const request = backend.expectOne('/api/auth/login/two-factor');
    expect(request.request.body).toEqual({ challengeToken: 'CH', code: 'abcd-efgh' });
    request.flush({ accessToken: 'T2', expiresIn: 900 });
    await finish();
    expect(TestBed.inject(Router).url).toBe('/settings/sessions');
  });
});
