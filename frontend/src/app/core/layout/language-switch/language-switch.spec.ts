import { Component, LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { LanguageSwitch } from './language-switch';

@Component({ template: '' })
class Blank {}

describe('LanguageSwitch', () => {
  let stopNavigation: (event: Event) => void;

  beforeEach(() => {
    // The link is a real page load; jsdom cannot navigate, so stop it after our handler ran.
    stopNavigation = (event) => event.preventDefault();
    document.addEventListener('click', stopNavigation);
    document.cookie = 'lang=; Path=/; max-age=0';
  });

  afterEach(() => document.removeEventListener('click', stopNavigation));

  async function render(localeId: string, url = '/') {
    TestBed.configureTestingModule({
      imports: [LanguageSwitch],
      providers: [
        { provide: LOCALE_ID, useValue: localeId },
        provideRouter([{ path: '**', component: Blank }]),
      ],
    });
    const fixture = TestBed.createComponent(LanguageSwitch);
    await TestBed.inject(Router).navigateByUrl(url);
    await fixture.whenStable();
    const link = (fixture.nativeElement as HTMLElement).querySelector('a');
    if (!link) throw new Error('no link rendered');
    return { fixture, link };
  }

  it('on a Russian page links to the same page under /en/', async () => {
    const { link } = await render('ru', '/login?next=%2Frecords#top');
    expect(link.getAttribute('href')).toBe('/en/login?next=%2Frecords#top');
    expect(link.getAttribute('hreflang')).toBe('en');
    expect(link.querySelector('[lang="en"]')?.textContent).toBe('English');
  });

  it('on an English page links to the same page under /ru/', async () => {
    const { link } = await render('en', '/');
    expect(link.getAttribute('href')).toBe('/ru/');
    expect(link.querySelector('[lang="ru"]')?.textContent).toBe('Русский');
  });

  it('follows in-app navigation', async () => {
    const { fixture, link } = await render('ru', '/');
    await TestBed.inject(Router).navigateByUrl('/register');
    await fixture.whenStable();
    expect(link.getAttribute('href')).toBe('/en/register');
  });

  it('remembers the chosen language in the lang cookie when clicked', async () => {
    const { link } = await render('ru', '/');
    expect(document.cookie).not.toContain('lang=');
    link.click();
    expect(document.cookie).toContain('lang=en');
  });

  it('writes the cookie for the whole site, for a year, SameSite=Lax', async () => {
    const writes: string[] = [];
    const setter = jest
      .spyOn(document, 'cookie', 'set')
      .mockImplementation((value: string) => void writes.push(value));
    const { link } = await render('en', '/');
    link.click();
    setter.mockRestore();
    expect(writes).toEqual(['lang=ru; Path=/; SameSite=Lax; max-age=31536000']);
  });

  it('has an accessible name that contains its visible text', async () => {
    const { link } = await render('ru', '/');
    const spoken = link.cloneNode(true) as HTMLElement;
    spoken.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
    expect(spoken.textContent?.replace(/\s+/g, ' ').trim()).toBe('Сменить язык: English');
  });
});
