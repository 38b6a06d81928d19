import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, LOCALE_ID, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { Router } from '@angular/router';
import { phoneValid } from '../../accounts/shared/person-validators';
import { AccountLocale } from '../../core/auth/api-types';
import { AuthApi } from '../../core/auth/auth-api';
import { AuthStore } from '../../core/auth/auth-store';
import { controlErrorText } from '../../core/forms/control-error-text';
import { FormErrors } from '../../core/forms/form-errors/form-errors';
import { applyServerErrors } from '../../core/forms/server-errors';
import { generalErrorText, toApiError } from '../../core/http/api-error';
import { LanguagePreference } from '../../core/i18n/language-preference';
import { localeUrl } from '../../core/i18n/locale-url';
import { toPortalLocale } from '../../core/i18n/portal-locale';

/**
 * Contact data: the phone and the language of the portal and of its emails. Saving another
 * language also switches the interface, the way the header's language switch does.
 */
@Component({
  selector: 'app-contact-settings',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatIcon,
    MatInput,
    MatLabel,
    MatRadioButton,
    MatRadioGroup,
    FormErrors,
  ],
  templateUrl: './contact-settings.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ContactSettings {
  private readonly api = inject(AuthApi);
  private readonly store = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly preference = inject(LanguagePreference);
  private readonly uiLocale = toPortalLocale(inject(LOCALE_ID));

  protected readonly form = inject(NonNullableFormBuilder).group({
    phone: [this.store.me()?.account.phone ?? '', phoneValid],
    locale: [this.store.me()?.account.locale ?? this.uiLocale],
  });
  /** Each language's name in that language: the same in every build, so not translated. */
  protected readonly languages = [
    { locale: 'ru', name: 'Русский' },
    { locale: 'en', name: 'English' },
  ] as const;
  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly errors = signal<string[]>([]);

  protected phoneError(): string {
    return controlErrorText(this.form.controls.phone, {
      phone: $localize`:@@accounts.register.phone.invalid:Номер целиком, например +7 900 123-45-67`,
    });
  }

  protected save(): void {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.errors.set([this.phoneError()]);
      return;
    }
    const { phone, locale } = this.form.getRawValue();
    this.errors.set([]);
    this.saved.set(false);
    this.saving.set(true);
    this.api.updateMe({ phone: phone.trim() || null, locale }).subscribe({
      next: () => void this.afterSave(locale),
      error: (failure: unknown) => {
        this.saving.set(false);
        const error = toApiError(failure);
        const unmatched = applyServerErrors(this.form, error.fields);
        this.errors.set(
          Object.keys(error.fields).length
            ? [$localize`:@@accounts.form.fixFields:Проверьте отмеченные поля.`, ...unmatched]
            : [
                generalErrorText(
                  error,
                  $localize`:@@accounts.settings.saveFailed:Не удалось сохранить. Попробуйте ещё раз.`,
                ),
              ],
        );
      },
    });
  }

  private async afterSave(locale: AccountLocale): Promise<void> {
    if (locale !== this.uiLocale) {
      this.preference.remember(locale);
      this.document.location.assign(localeUrl(locale, this.router.url));
      return;
    }
    await this.store.loadMe(true).catch(() => undefined);
    this.saving.set(false);
    this.saved.set(true);
  }
}
