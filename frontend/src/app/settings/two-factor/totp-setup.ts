import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { codeErrorText } from '../../accounts/shared/code-errors';
import { SIX_DIGITS } from '../../accounts/shared/person-validators';
import { TotpSetup as TotpSetupData } from '../../core/auth/api-types';
import { controlErrorText } from '../../core/forms/control-error-text';
import { FormErrors } from '../../core/forms/form-errors/form-errors';
import { toApiError } from '../../core/http/api-error';
import { SettingsApi } from '../settings-api';

/**
 * Connecting an authenticator app: scan the QR code (a `data:` image, allowed by the CSP's
 * `img-src data:`) or type the secret, then confirm with the app's first code.
 */
@Component({
  selector: 'app-totp-setup',
  imports: [ReactiveFormsModule, MatButton, MatError, MatFormField, MatHint, MatInput, MatLabel, FormErrors],
  templateUrl: './totp-setup.html',
  styleUrl: './totp-setup.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TotpSetup {
  private readonly api = inject(SettingsApi);

  readonly setup = input.required<TotpSetupData>();
  readonly confirmed = output<string[]>();
  readonly cancelled = output<void>();

  /** The secret in groups of four, easier to type by hand. */
  protected readonly secretGroups = computed(
    () =>
      this.setup()
        .secret.match(/.{1,4}/g)
        ?.join(' ') ?? '',
  );
  protected readonly form = inject(NonNullableFormBuilder).group({
    code: ['', [Validators.required, Validators.pattern(SIX_DIGITS)]],
  });
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);

  protected codeError(): string {
    return controlErrorText(this.form.controls.code, {
      pattern: $localize`:@@accounts.settings.totp.sixDigits:Код — 6 цифр из приложения`,
    });
  }

  protected submit(): void {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.errors.set([this.codeError()]);
      return;
    }
    this.errors.set([]);
    this.busy.set(true);
    this.api.confirmTotp(this.form.controls.code.value).subscribe({
      next: ({ recoveryCodes }) => this.confirmed.emit(recoveryCodes),
      error: (failure: unknown) => {
        this.busy.set(false);
        this.errors.set([codeErrorText(toApiError(failure))]);
      },
    });
  }
}
