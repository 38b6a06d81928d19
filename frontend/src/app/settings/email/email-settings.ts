import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { codeErrorText } from '../../accounts/shared/code-errors';
import { SIX_DIGITS } from '../../accounts/shared/person-validators';
import { AuthStore } from '../../core/auth/auth-store';
import { controlErrorText } from '../../core/forms/control-error-text';
import { FormErrors } from '../../core/forms/form-errors/form-errors';
import { PasswordVisibility } from '../../core/forms/password-visibility/password-visibility';
import { applyServerErrors } from '../../core/forms/server-errors';
import { ApiError, generalErrorText, toApiError } from '../../core/http/api-error';
import { DevMailLink } from '../../dev-mail/dev-mail-link/dev-mail-link';
import { SettingsApi } from '../settings-api';

/**
 * Email change: the new address and the current password; a code goes to the new address,
 * and the change takes effect once that code is entered here.
 */
@Component({
  selector: 'app-email-settings',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatIcon,
    MatInput,
    MatLabel,
    MatSuffix,
    FormErrors,
    PasswordVisibility,
    DevMailLink,
  ],
  templateUrl: './email-settings.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmailSettings {
  private readonly api = inject(SettingsApi);
  private readonly store = inject(AuthStore);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly current = this.store.me;
  protected readonly request = this.fb.group({
    newEmail: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly confirm = this.fb.group({
    code: ['', [Validators.required, Validators.pattern(SIX_DIGITS)]],
  });
  /** The address a code was sent to: the page is at its second step. */
  protected readonly pending = signal<string | null>(null);
  protected readonly changedTo = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);

  protected error(control: 'newEmail' | 'password' | 'code'): string {
    const field = control === 'code' ? this.confirm.controls.code : this.request.controls[control];
    return controlErrorText(field, { pattern: $localize`:@@accounts.code.sixDigits:Код — 6 цифр из письма` });
  }

  protected sendCode(): void {
    if (this.busy()) return;
    if (this.request.invalid) {
      this.request.markAllAsTouched();
      this.errors.set([$localize`:@@accounts.form.fixFields:Проверьте отмеченные поля.`]);
      return;
    }
    const { newEmail, password } = this.request.getRawValue();
    this.start();
    this.api.changeEmail(newEmail.trim(), password).subscribe({
      next: () => {
        this.busy.set(false);
        this.pending.set(newEmail.trim());
        this.request.controls.password.reset();
      },
      error: (failure: unknown) => this.fail(toApiError(failure), 'request'),
    });
  }

  protected confirmCode(): void {
    if (this.busy()) return;
    if (this.confirm.invalid) {
      this.confirm.markAllAsTouched();
      this.errors.set([this.error('code')]);
      return;
    }
    this.start();
    this.api.confirmEmail(this.confirm.controls.code.value).subscribe({
      next: async () => {
        this.changedTo.set(this.pending());
        this.pending.set(null);
        this.request.reset();
        this.confirm.reset();
        await this.store.loadMe(true).catch(() => undefined);
        this.busy.set(false);
      },
      error: (failure: unknown) => this.fail(toApiError(failure), 'confirm'),
    });
  }

  protected startOver(): void {
    this.pending.set(null);
    this.confirm.reset();
    this.errors.set([]);
  }

  private start(): void {
    this.errors.set([]);
    this.changedTo.set(null);
    this.busy.set(true);
  }

  private fail(error: ApiError, step: 'request' | 'confirm'): void {
    this.busy.set(false);
    const form = step === 'request' ? this.request : this.confirm;
    const unmatched = applyServerErrors(form, error.fields, { email: 'newEmail' });
    if (Object.keys(error.fields).length) {
      this.errors.set([$localize`:@@accounts.form.fixFields:Проверьте отмеченные поля.`, ...unmatched]);
    } else if (step === 'confirm') {
      this.errors.set([codeErrorText(error)]);
    } else if (error.status === 401 || error.status === 403) {
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
