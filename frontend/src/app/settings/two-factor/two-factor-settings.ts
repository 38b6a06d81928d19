import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { TotpSetup as TotpSetupData, TwoFactorMethod } from '../../core/auth/api-types';
import { AuthStore } from '../../core/auth/auth-store';
import { controlErrorText } from '../../core/forms/control-error-text';
import { FormErrors } from '../../core/forms/form-errors/form-errors';
import { PasswordVisibility } from '../../core/forms/password-visibility/password-visibility';
import { applyServerErrors } from '../../core/forms/server-errors';
import { generalErrorText, toApiError } from '../../core/http/api-error';
import { SettingsApi } from '../settings-api';
import { RecoveryCodes } from './recovery-codes';
import { TotpSetup } from './totp-setup';

/**
 * Two-step sign-in: off, a code by email, or an authenticator app. Setting up the app shows
 * its QR code, asks for a first code, then shows the recovery codes once. Turning it off
 * asks for the password.
 */
@Component({
  selector: 'app-two-factor-settings',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatError,
    MatFormField,
    MatIcon,
    MatInput,
    MatLabel,
    MatRadioButton,
    MatRadioGroup,
    MatSuffix,
    FormErrors,
    PasswordVisibility,
    RecoveryCodes,
    TotpSetup,
  ],
  templateUrl: './two-factor-settings.html',
  styleUrl: './two-factor-settings.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TwoFactorSettings {
  private readonly api = inject(SettingsApi);
  private readonly store = inject(AuthStore);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly method = computed(() => this.store.me()?.account.twoFactor ?? null);
  protected readonly enableForm = this.fb.group({
    method: this.fb.control<TwoFactorMethod>('email'),
    password: ['', Validators.required],
  });
  protected readonly disableForm = this.fb.group({ password: ['', Validators.required] });
  protected readonly setup = signal<TotpSetupData | null>(null);
  protected readonly recoveryCodes = signal<string[] | null>(null);
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected readonly done = signal<'enabled' | 'disabled' | null>(null);

  protected passwordError(form: 'enable' | 'disable'): string {
    return controlErrorText((form === 'enable' ? this.enableForm : this.disableForm).controls.password);
  }

  protected enable(): void {
    if (this.busy()) return;
    if (this.enableForm.invalid) {
      this.enableForm.markAllAsTouched();
      this.errors.set([this.passwordError('enable')]);
      return;
    }
    const { method, password } = this.enableForm.getRawValue();
    this.start();
    if (method === 'email') {
      this.api.enableEmailTwoFactor(password).subscribe({
        next: () => void this.finish('enabled'),
        error: (failure: unknown) => this.fail(failure, 'enable'),
      });
    } else {
      this.api.setUpTotp(password).subscribe({
        next: (setup) => {
          this.busy.set(false);
          this.enableForm.reset({ method: 'totp', password: '' });
          this.setup.set(setup);
        },
        error: (failure: unknown) => this.fail(failure, 'enable'),
      });
    }
  }

  protected disable(): void {
    if (this.busy()) return;
    if (this.disableForm.invalid) {
      this.disableForm.markAllAsTouched();
      this.errors.set([this.passwordError('disable')]);
      return;
    }
    this.start();
    this.api.disableTwoFactor(this.disableForm.controls.password.value).subscribe({
      next: () => void this.finish('disabled'),
      error: (failure: unknown) => this.fail(failure, 'disable'),
    });
  }

  /** The app answered with a valid code: the server turned it on and sent the recovery codes. */
  protected totpConfirmed(codes: string[]): void {
    this.setup.set(null);
    this.recoveryCodes.set(codes);
    void this.store.loadMe(true).catch(() => undefined);
  }

  protected cancelSetup(): void {
    this.setup.set(null);
  }

  protected codesSaved(): void {
    this.recoveryCodes.set(null);
    this.done.set('enabled');
  }

  private start(): void {
    this.errors.set([]);
    this.done.set(null);
    this.busy.set(true);
  }

  private async finish(result: 'enabled' | 'disabled'): Promise<void> {
    this.enableForm.reset({ method: 'email', password: '' });
    this.disableForm.reset();
    await this.store.loadMe(true).catch(() => undefined);
    this.busy.set(false);
    this.done.set(result);
  }

  private fail(failure: unknown, form: 'enable' | 'disable'): void {
    this.busy.set(false);
    const error = toApiError(failure);
    const group = form === 'enable' ? this.enableForm : this.disableForm;
    const unmatched = applyServerErrors(group, error.fields);
    if (Object.keys(error.fields).length) {
      this.errors.set([$localize`:@@accounts.form.fixFields:Проверьте отмеченные поля.`, ...unmatched]);
    } else if (error.status === 401 || error.status === 403) {
      group.controls.password.setErrors({
        server: $localize`:@@accounts.settings.wrongPassword:Неверный пароль.`,
      });
      this.errors.set([$localize`:@@accounts.settings.wrongPassword:Неверный пароль.`]);
    } else {
      this.errors.set([
        generalErrorText(
          error,
          $localize`:@@accounts.settings.saveFailed:Не удалось сохранить. Попробуйте ещё раз.`,
        ),
      ]);
    }
  }
}
