import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, LOCALE_ID } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { Register } from './register';

@Component({ template: '' })
class Blank {}

describe('Register', () => {
  let fixture: ComponentFixture<Register>;
  let page: HTMLElement;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [Register],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: '**', component: Blank }]),
        { provide: LOCALE_ID, useValue: 'ru' },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Register);
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

  function click(selector: string): void {
    const element = page.querySelector<HTMLElement>(selector);
    if (!element) throw new Error(`nothing at ${selector}`);
    element.click();
  }

  async function fillValidForm(): Promise<void> {
    type('lastName', 'Достоевский');
    type('firstName', 'Фёдор');
    type('middleName', 'Михайлович');
    type('birthDate', '1981-11-11');
    click('mat-radio-button[value="male"] input');
    type('email', 'fedor@example.org');
    type('snils', '11223344595');
    type('password', 'Sinyaya-Lodka-2048!');
    click('mat-checkbox input');
    await fixture.whenStable();
  }

  async function submit(): Promise<void> {
    click('button[type="submit"]');
    await fixture.whenStable();
  }

  function fieldError(name: string): string | undefined {
    const field = page.querySelector(`input[formcontrolname="${name}"]`)?.closest('mat-form-field');
    return field?.querySelector('mat-error')?.textContent?.trim();
  }

  function summary(): string {
    const live = page.querySelector('app-form-errors [role="alert"]')?.cloneNode(true) as
      HTMLElement | undefined;
    live?.querySelectorAll('mat-icon').forEach((icon) => icon.remove());
    return live?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  it('labels every field', () => {
    const labels = [...page.querySelectorAll('mat-label')].map((label) => label.textContent?.trim());
    expect(labels).toEqual([
      'Фамилия',
      'Имя',
      'Отчество',
      'Дата рождения',
      'Электронная почта',
      'Телефон',
      'СНИЛС',
      'Придумайте пароль',
    ]);
    expect(page.querySelector('mat-radio-group')?.getAttribute('aria-labelledby')).toBe('register-sex-label');
  });

  it('shows what is missing next to the fields and in the summary, without sending anything', async () => {
    await submit();
    expect(fieldError('lastName')).toBe('Заполните это поле');
    expect(fieldError('email')).toBe('Заполните это поле');
    expect(page.textContent).toContain('Выберите пол');
    expect(page.textContent).toContain('Без согласия мы не можем создать личный кабинет');
    expect(summary()).toBe('Проверьте отмеченные поля.');
    expect(document.activeElement).toBe(page.querySelector('input[formcontrolname="lastName"]'));
    backend.expectNone('/api/auth/register');
  });

  it('formats SNILS as XXX-XXX-XXX XX and hints at a checksum mismatch', async () => {
    type('snils', '11223344595');
    await fixture.whenStable();
    expect(page.querySelector<HTMLInputElement>('input[formcontrolname="snils"]')?.value).toBe(
      '112-233-445 95',
    );
    expect(page.textContent).not.toContain('контрольное число не сходится');
    type('snils', '11223344596');
    await fixture.whenStable();
    expect(page.textContent).toContain('контрольное число не сходится');
  });

  it('sends the registration and opens the code window for that address', async () => {
    await fillValidForm();
    await submit();
    const request = backend.expectOne({ method: 'POST', url: '/api/auth/register' });
    expect(request.request.body).toEqual({
      email: 'fedor@example.org',
      password: 'Sinyaya-Lodka-2048!',
      lastName: 'Достоевский',
      firstName: 'Фёдор',
      middleName: 'Михайлович',
      birthDate: '1981-11-11',
      sex: 'male',
      snils: '112-233-445 95',
      consent: true,
      locale: 'ru',
    });
    request.flush({ message: 'sent' }, { status: 202, statusText: 'Accepted' });
    await fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/register/confirm?email=fedor@example.org');
  });

  it('puts the server field errors next to their fields, and the rest in the summary', async () => {
    await fillValidForm();
    await submit();
    backend.expectOne('/api/auth/register').flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: ['x'],
        fields: {
          password: [
            'This password is too easy to guess. Use a longer phrase of several unrelated words, not your name, email or birth date.',
          ],
          snils: ['Enter the 11-digit SNILS, e.g. 123-456-789 64; check the digits.'],
          somethingElse: ['A message for no field'],
        },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();

    expect(fieldError('password')).toContain('Такой пароль легко подобрать');
    expect(fieldError('snils')).toBe('Введите 11 цифр СНИЛС, например 123-456-789 64, и проверьте их.');
    expect(fieldError('email')).toBeUndefined();
    expect(summary()).toContain('Проверьте отмеченные поля.');
    expect(summary()).toContain('A message for no field');

    // Editing the field clears the server's complaint about it.
    type('password', 'Drugaya-Lodka-4096!');
    await fixture.whenStable();
    expect(fieldError('password')).toBeUndefined();
  });

  it('says so when the server is unavailable', async () => {
    await fillValidForm();
    await submit();
    backend.expectOne('/api/auth/register').flush('down', { status: 503, statusText: 'Unavailable' });
    await fixture.whenStable();
    expect(summary()).toContain('Сервис временно недоступен');
  });
});
