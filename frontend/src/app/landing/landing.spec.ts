import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Landing } from './landing';

describe('Landing', () => {
  async function render(): Promise<HTMLElement> {
    TestBed.configureTestingModule({ imports: [Landing], providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(Landing);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('has one main heading about the patient portal', async () => {
    const page = await render();
    const headings = page.querySelectorAll('h1');
    expect(headings).toHaveLength(1);
    expect(headings[0].textContent).toContain('медицинская карта');
  });

  it('offers the two entry points, register and sign in, in the hero and at the end', async () => {
    const page = await render();
    const links = Array.from(page.querySelectorAll('a'));
    const register = links.filter((a) => a.getAttribute('href') === '/register');
    const signIn = links.filter((a) => a.getAttribute('href') === '/login');
    expect(register).toHaveLength(2);
    expect(signIn).toHaveLength(2);
    register.forEach((a) => expect(a.textContent?.trim()).toBe('Зарегистрироваться'));
    signIn.forEach((a) => expect(a.textContent?.trim()).toBe('Войти'));
  });

  it('describes what a patient can do, in the clinic’s words', async () => {
    const page = await render();
    const titles = Array.from(page.querySelectorAll('#features h3')).map((h) => h.textContent?.trim());
    expect(titles).toEqual([
      'Электронная медицинская карта (ЭМК)',
      'Очная онлайн-запись в расписание врача',
      'Информационная услуга «Мнение врача»',
      'Семейный доступ',
      'Верификация',
    ]);
    expect(page.querySelector('#features .callout')?.textContent).toContain('код, полученный в клинике');
    expect(page.querySelector('#features')?.textContent).toContain('прикреплёнными файлами');
    expect(page.querySelector('#features')?.textContent).toContain('кодом');
  });

  it('has the sections the header links to', async () => {
    const page = await render();
    expect(page.querySelector('section#features')).not.toBeNull();
    expect(page.querySelector('section#how-to-start ol')?.children).toHaveLength(3);
  });
});
