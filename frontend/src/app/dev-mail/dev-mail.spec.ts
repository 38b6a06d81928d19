import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { DevMail } from './dev-mail';

describe('DevMail', () => {
  async function render(answer: (backend: HttpTestingController) => void): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      imports: [DevMail],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    const fixture = TestBed.createComponent(DevMail);
    fixture.componentRef.setInput('to', 'anna@example.org');
    fixture.detectChanges();
    const backend = TestBed.inject(HttpTestingController);
    answer(backend);
    await fixture.whenStable();
    backend.verify();
    return fixture.nativeElement as HTMLElement;
  }

  it('says the outbox is not available where the server has none (production)', async () => {
    const page = await render((backend) =>
      backend
        .expectOne('/api/dev/mail?to=anna@example.org')
        .flush({}, { status: 404, statusText: 'Not Found' }),
    );
    expect(page.textContent).toContain('Тестовый почтовый ящик недоступен');
    expect(page.querySelector('form')).toBeNull();
  });

  it('lists the mails, newest first, and shows the text body in a <pre>', async () => {
    const page = await render((backend) =>
      backend.expectOne('/api/dev/mail?to=anna@example.org').flush([
        {
          id: '1',
          to: 'anna@example.org',
          subject: 'Старое',
          text: 'код 111111',
          html: '<p>1</p>',
          createdAt: '2026-11-24T10:00:00Z',
        },
        {
          id: '2',
          to: 'anna@example.org',
          subject: 'Новое',
          text: 'код 222222',
          html: '<p>2</p>',
          createdAt: '2026-11-24T11:00:00Z',
        },
      ]),
    );
    const subjects = [...page.querySelectorAll('.mail .subject')].map((s) => s.textContent);
    expect(subjects).toEqual(['Новое', 'Старое']);
    expect(page.querySelector('pre.text')?.textContent).toBe('код 222222');
  });

  it('shows an HTML-only mail in a sandboxed frame, never as page markup', async () => {
    const page = await render((backend) =>
      backend.expectOne('/api/dev/mail?to=anna@example.org').flush([
        {
          id: '3',
          to: 'anna@example.org',
          subject: 'HTML',
          text: '',
          html: '<p style="x">Code <b>333333</b></p>',
          createdAt: '2026-11-24T12:00:00Z',
        },
      ]),
    );
    const frame = page.querySelector('iframe');
    expect(frame?.getAttribute('sandbox')).toBe('');
    expect(frame?.getAttribute('srcdoc')).toBe('<p>Code <b>333333</b></p>');
    expect(page.querySelector('.body b')).toBeNull();
  });
});
