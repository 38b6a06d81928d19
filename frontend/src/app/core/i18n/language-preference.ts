import { DOCUMENT, inject, Service } from '@angular/core';
import { PortalLocale } from './portal-locale';

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * Remembers the chosen language in the `lang` cookie, which the API reads when it
 * redirects `/` to `/ru/` or `/en/`.
 */
@Service()
export class LanguagePreference {
  private readonly document = inject(DOCUMENT);

  remember(locale: PortalLocale): void {
    const secure = this.document.location?.protocol === 'https:' ? '; Secure' : '';
    this.document.cookie = `lang=${locale}; Path=/; SameSite=Lax; max-age=${ONE_YEAR_SECONDS}${secure}`;
  }
}
