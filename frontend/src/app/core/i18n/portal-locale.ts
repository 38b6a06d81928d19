/** The locales the portal is built for; Russian is the source locale. */
export const PORTAL_LOCALES = ['ru', 'en'] as const;

export type PortalLocale = (typeof PORTAL_LOCALES)[number];

export const DEFAULT_LOCALE: PortalLocale = 'ru';

/** Maps Angular's LOCALE_ID of the running build ('ru', 'en', 'en-US', …) to a portal locale. */
export function toPortalLocale(localeId: string): PortalLocale {
  const language = localeId.toLowerCase().split('-')[0];
  return PORTAL_LOCALES.find((locale) => locale === language) ?? DEFAULT_LOCALE;
}

/** The locale a language switch leads to from the given one. */
export function otherLocale(locale: PortalLocale): PortalLocale {
  return locale === 'ru' ? 'en' : 'ru';
}
