import { localeUrl } from './locale-url';
import { otherLocale, toPortalLocale } from './portal-locale';

describe('portal locales', () => {
  it.each([
    ['ru', 'ru'],
    ['ru-RU', 'ru'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['de', 'ru'],
  ])('maps LOCALE_ID %s to %s', (localeId, expected) => {
    expect(toPortalLocale(localeId)).toBe(expected);
  });

  it('switches between the two locales', () => {
    expect(otherLocale('ru')).toBe('en');
    expect(otherLocale('en')).toBe('ru');
  });

  it.each([
    ['/', '/en/'],
    ['/login', '/en/login'],
    ['/login?next=%2F#form', '/en/login?next=%2F#form'],
    ['register', '/en/register'],
  ])('puts %s under the locale prefix as %s', (appUrl, expected) => {
    expect(localeUrl('en', appUrl)).toBe(expected);
  });
});
