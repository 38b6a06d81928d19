import { ChangeDetectionStrategy, Component, computed, inject, LOCALE_ID } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { NavigationEnd, Router } from '@angular/router';
import { filter, map } from 'rxjs';
import { LanguagePreference } from '../../i18n/language-preference';
import { localeUrl } from '../../i18n/locale-url';
import { otherLocale, PortalLocale, toPortalLocale } from '../../i18n/portal-locale';

/** Each language's name in that language: the same in every build, so not translated. */
const AUTONYMS: Record<PortalLocale, string> = { ru: 'Русский', en: 'English' };

/**
 * A link to the same page in the other language. Each locale is its own build under
 * `/ru/` or `/en/`, so this is a plain link (a full page load), not a router link; the
 * click also stores the choice in the `lang` cookie for the API's `/` redirect.
 */
@Component({
  selector: 'app-language-switch',
  imports: [MatButton, MatIcon],
  templateUrl: './language-switch.html',
  styleUrl: './language-switch.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LanguageSwitch {
  private readonly router = inject(Router);
  private readonly preference = inject(LanguagePreference);

  protected readonly target = otherLocale(toPortalLocale(inject(LOCALE_ID)));
  protected readonly targetName = AUTONYMS[this.target];

  private readonly appUrl = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map((event) => event.urlAfterRedirects),
    ),
    { initialValue: this.router.url },
  );

  protected readonly href = computed(() => localeUrl(this.target, this.appUrl()));

  protected rememberChoice(): void {
    this.preference.remember(this.target);
  }
}
