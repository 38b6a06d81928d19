import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { AuthApi } from '../../core/auth/auth-api';
import { AuthStore } from '../../core/auth/auth-store';
import { controlErrorText } from '../../core/forms/control-error-text';
import { FormErrors } from '../../core/forms/form-errors/form-errors';
import { applyServerErrors } from '../../core/forms/server-errors';
import { generalErrorText, toApiError } from '../../core/http/api-error';
import { DevMailLink } from '../../dev-mail/dev-mail-link/dev-mail-link';
import { codeErrorText } from '../shared/code-errors';
import { SIX_DIGITS } from '../shared/person-validators';
import { injectResendCountdown } from '../shared/resend-countdown';

const CODE_TEXTS = { pattern: $localize`:@@accounts.code.sixDigits:Код — 6 цифр из письма` };

/**
 * Registration, step two — the code window: the 6-digit code from the email, then
 * "Зарегистрироваться" signs the new patient in and opens the personal account.
 */
@Component({
  selector: 'app-confirm',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatIcon,
    MatInput,
    MatLabel,
    FormErrors,
    DevMailLink,
  ],
  templateUrl: './confirm.html',
  styleUrl: './confirm.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Confirm {
  private readonly api = inject(AuthApi);
  private readonly store = inject(AuthStore);
  private readonly router = inject(Router);

  /** From `?email=`; when absent the page asks for it. */
  readonly email = input('');

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    code: ['', [Validators.required, Validators.pattern(SIX_DIGITS)]],
  });
  protected readonly countdown = injectResendCountdown();
  protected readonly submitting = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected readonly resent = signal(false);

  constructor() {
    effect(() => {
      const email = this.email();
      untracked(() => {
        this.form.controls.email.setValue(email);
        // A code was sent just before this page opened.
        if (email) this.countdown.start();
      });
    });
  }

  protected codeError(): string {
    return controlErrorText(this.form.controls.code, CODE_TEXTS);
  }

  protected emailError(): string {
    return controlErrorText(this.form.controls.email);
  }

  protected submit(): void {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.errors.set([this.codeError() || this.emailError()]);
      return;
    }
    const { email, code } = this.form.getRawValue();
    this.errors.set([]);
    this.submitting.set(true);
    this.api.confirmRegistration(email.trim(), code).subscribe({
      next: async (answer) => {
        await this.store.signIn(answer);
        this.submitting.set(false);
        await this.router.navigateByUrl('/cabinet');
      },
      error: (failure: unknown) => {
        this.submitting.set(false);
        const error = toApiError(failure);
        const unmatched = applyServerErrors(this.form, error.fields);
        this.errors.set(
          Object.keys(error.fields).length
            ? [$localize`:@@accounts.form.fixFields:Проверьте отмеченные поля.`, ...unmatched]
            : [codeErrorText(error)],
        );
      },
    });
  }

  protected resend(): void {
    const email = this.form.controls.email;
    if (!this.countdown.canResend()) return;
    if (email.invalid) {
      email.markAsTouched();
      this.errors.set([this.emailError()]);
      return;
    }
    this.errors.set([]);
    this.resent.set(false);
    this.api.resendRegistrationCode(email.value.trim()).subscribe({
      next: () => {
        this.resent.set(true);
        this.countdown.start();
      },
      error: (failure: unknown) => {
        const error = toApiError(failure);
        if (error.retryAfterSeconds) this.countdown.start(error.retryAfterSeconds);
        this.errors.set([
          generalErrorText(
            error,
            $localize`:@@accounts.code.resendFailed:Не удалось отправить код ещё раз. Попробуйте позже.`,
          ),
        ]);
      },
    });
  }
}
