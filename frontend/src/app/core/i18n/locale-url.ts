import { PortalLocale } from './portal-locale';

/**
 * The URL of the same in-app page under another locale's prefix.
 * Each locale is a separate build served under its own base href (`/ru/`, `/en/`),
 * so switching language is a full page load of that URL.
 *
 * @param appUrl the router URL inside the app, e.g. `/login?next=%2F#top`
 */
export function localeUrl(locale: PortalLocale, appUrl: string): string {
  const path = appUrl.startsWith('/') ? appUrl : `/${appUrl}`;
  return `/${locale}${path}`;
}
