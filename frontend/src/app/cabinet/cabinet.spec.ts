import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Me, MeProfile } from '../core/auth/api-types';
import { ME } from '../core/auth/me.testing';
import { greetingName } from '../core/auth/person-name';
import { Cabinet } from './cabinet';
import { verificationText } from './verification-status/verification-text';

function profile(changes: Partial<MeProfile>): MeProfile {
  if (!ME.profile) throw new Error('the test patient has a profile');
  return { ...ME.profile, ...changes };
}

describe('greeting', () => {
  it('uses the first name and the patronymic', () => {
    expect(greetingName(profile({ firstName: 'Фёдор', middleName: 'Владимирович' }))).toBe(
      'Фёдор Владимирович',
    );
  });

  it('uses the first name alone when there is no patronymic', () => {
    expect(greetingName(profile({ firstName: 'Anna', middleName: null }))).toBe('Anna');
    expect(greetingName(profile({ firstName: 'Anna', middleName: '  ' }))).toBe('Anna');
  });
});

describe('verification status text', () => {
  it.each([
    ['unverified', 'Не верифицирован', 'по коду, полученному в регистратуре клиники'],
    ['pending', 'Проверяем…', 'Сверяем ваши данные'],
    ['verified', 'Верифицирован', 'нашла вас'],
    ['failed', 'Не верифицирован', 'кодом, полученным в регистратуре клиники'],
  ] as const)('%s → "%s"', (status, label, explanation) => {
    const text = verificationText({
      verificationStatus: status,
      verificationMethod: null,
      failureReason: null,
    });
    expect(text.status).toBe(label);
    expect(text.explanation).toContain(explanation);
  });

  it('gives the reason of a failed verification', () => {
    const text = verificationText({
      verificationStatus: 'failed',
      verificationMethod: null,
      failureReason: 'В клинике нет пациента с такими данными',
    });
    expect(text.reason).toBe('В клинике нет пациента с такими данными');
  });

  it('says how a verified profile was verified', () => {
    const text = verificationText({
      verificationStatus: 'verified',
      verificationMethod: 'code',
      failureReason: null,
    });
    expect(text.explanation).toBe('Подтверждено кодом, полученным в клинике.');
  });
});

describe('Cabinet', () => {
  async function render(me: Me): Promise<HTMLElement> {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [Cabinet],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    const backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(Cabinet);
    backend.expectOne('/api/me').flush(me);
    await fixture.whenStable();
    backend.verify();
    return fixture.nativeElement as HTMLElement;
  }

  it('greets the patient by name with the verification status under it', async () => {
    const me = { ...ME, profile: profile({ firstName: 'Фёдор', middleName: 'Владимирович' }) };
    const page = await render(me);
    const heading = page.querySelector('h1');
    expect(heading?.textContent?.trim()).toBe('Здравствуйте, Фёдор Владимирович');
    const status = heading?.nextElementSibling;
    expect(status?.tagName).toBe('APP-VERIFICATION-STATUS');
    expect(status?.textContent).toContain('Не верифицирован');
    expect(status?.textContent).toContain('в регистратуре клиники');
  });

  it('shows the reason under a failed status', async () => {
    const me = {
      ...ME,
      profile: profile({ verificationStatus: 'failed', failureReason: 'Не найден пациент с такими данными' }),
    } satisfies Me;
    const page = await render(me);
    expect(page.querySelector('app-verification-status')?.textContent).toContain(
      'Причина: Не найден пациент с такими данными',
    );
  });

  it('leads only to what exists: settings, and no placeholder buttons', async () => {
    const page = await render(ME);
    const links = [...page.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/settings']);
    expect(page.querySelectorAll('button')).toHaveLength(0);
  });
});
