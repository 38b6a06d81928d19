import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { AuthStore } from '../../core/auth/auth-store';
import { Confirm } from './confirm';

@Component({ template: '' })
class Blank {}

describe('Confirm (the registration code window)', () => {
  let fixture: ComponentFixture<Confirm>;
  let page: HTMLElement;
  let backend: HttpTestingController;

  beforeEach(() => {
    jest.useFakeTimers();
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [Confirm],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: '**', component: Blank }]),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Confirm);
    fixture.componentRef.setInput('email', 'fedor@example.org');
    page = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
  });

  afterEach(() => {
    backend.verify();
    jest.useRealTimers();
  });

  function text(): string {
    return page.textContent?.replace(/\s+/g, ' ') ?? '';
  }

  function resendButton(): HTMLButtonElement | undefined {
    return [...page.querySelectorAll('button')].find((b) => b.textContent?.includes('Отправить код ещё раз'));
  }

  function advance(ms: number): void {
    jest.advanceTimersByTime(ms);
    fixture.detectChanges();
  }

  function enterCode(code: string): void {
    const input = page.querySelector<HTMLInputElement>('input[formcontrolname="code"]');
    if (!input) throw new Error('no code input');
    input.value = code;
    input.dispatchEvent(new Event('input'));
    page.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    fixture.detectChanges();
  }

  it('is a one-time-code input for 6 digits with the "Зарегистрироваться" button', () => {
    const input = page.querySelector('input[formcontrolname="code"]');
    expect(input?.getAttribute('autocomplete')).toBe('one-time-code');
    expect(input?.getAttribute('inputmode')).toBe('numeric');
    expect(page.querySelector('button[type="submit"]')?.textContent?.trim()).toBe('Зарегистрироваться');
    expect(text()).toContain('fedor@example.org');
  });

  it('offers to resend the code only after a 60-second countdown', () => {
    expect(text()).toContain('Отправить код ещё раз можно через 60 с');
    expect(resendButton()).toBeUndefined();
    advance(1000);
    expect(text()).toContain('через 59 с');
    advance(58_000);
    expect(text()).toContain('через 1 с');
    advance(1000);
    expect(resendButton()).toBeDefined();
  });

  it('resends and starts the countdown again', () => {
    advance(60_000);
    resendButton()?.click();
    backend
      .expectOne({ method: 'POST', url: '/api/auth/register/resend' })
      .flush({}, { status: 202, statusText: 'Accepted' });
    fixture.detectChanges();
    expect(text()).toContain('Мы отправили новый код');
    expect(text()).toContain('через 60 с');
  });

  it('waits as long as the server says after a 429', () => {
    advance(60_000);
    resendButton()?.click();
    backend
      .expectOne('/api/auth/register/resend')
      .flush(
        { statusCode: 429, error: 'Too Many Requests', message: 'Slow down', retryAfterSeconds: 120 },
        { status: 429, statusText: 'Too Many Requests' },
      );
    fixture.detectChanges();
    expect(text()).toContain('Слишком много попыток. Попробуйте снова через 120 с.');
    expect(text()).toContain('через 120 с');
    advance(119_000);
    expect(resendButton()).toBeUndefined();
    advance(1000);
    expect(resendButton()).toBeDefined();
  });

  it('says clearly when the code is wrong or expired', () => {
    enterCode('123456');
    backend.expectOne('/api/auth/register/confirm').flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: ['The code is wrong or has expired. Ask for a new one.'],
        fields: { code: ['The code is wrong or has expired. Ask for a new one.'] },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    fixture.detectChanges();
    expect(page.querySelector('mat-error')?.textContent?.trim()).toBe(
      'Код неверный или устарел. Запросите новый.',
    );
  });

  it('refuses anything but 6 digits before asking the server', () => {
    enterCode('12ab');
    expect(page.querySelector('mat-error')?.textContent?.trim()).toBe('Код — 6 цифр из письма');
    backend.expectNone('/api/auth/register/confirm');
  });

  it('signs the new patient in and opens the personal account', async () => {
    jest.useRealTimers();
    enterCode('654321');
    const request = backend.expectOne({ method: 'POST', url: '/api/auth/register/confirm' });
    expect(request.request.body).toEqual({ email: 'fedor@example.org', code: '654321' });
    request.flush({ accessToken: 'T', expiresIn: 900 });
    await new Promise((resolve) => setTimeout(resolve));
    backend.expectOne('/api/me').flush({});
    await new Promise((resolve) => setTimeout(resolve, 10));
    await fixture.whenStable();
    expect(TestBed.inject(AuthStore).accessToken()).toBe('T');
    expect(TestBed.inject(Router).url).toBe('/cabinet');
  });
});
