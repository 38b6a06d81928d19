import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { AuthApi } from '../../core/auth/auth-api';
import { controlErrorText } from '../../core/forms/control-error-text';
import { FormErrors } from '../../core/forms/form-errors/form-errors';
import { applyServerErrors } from '../../core/forms/server-errors';
import { generalErrorText, toApiError } from '../../core/http/api-error';
import { DevMailLink } from '../../dev-mail/dev-mail-link/dev-mail-link';

/**
 * Password recovery, step one: the email address. The answer is the same whether an
 * account exists or not, so the page never tells who is registered.
 */
@Component({
  selector: 'app-password-forgot',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatError,
    MatFormField,
    MatIcon,
    MatInput,
    MatLabel,
    FormErrors,
    DevMailLink,
  ],
  templateUrl: './password-forgot.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordForgot {
  private readonly api = inject(AuthApi);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
  });
  protected readonly sentTo = signal<string | null>(null);
  protected readonly submitting = signal(false);
  protected readonly errors = signal<string[]>([]);

  protected emailError(): string {
    return controlErrorText(this.form.controls.email);
  }

  protected submit(): void {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.errors.set([this.emailError()]);
      return;
    }
    const email = this.form.controls.email.value.trim();
    this.errors.set([]);
    this.submitting.set(true);
    this.api.forgotPassword(email).subscribe({
      next: () => {
        this.submitting.set(false);
        this.sentTo.set(email);
      },
      error: (failure: unknown) => {
        this.submitting.set(false);
        const error = toApiError(failure);
        applyServerErrors(this.form, error.fields);
        this.errors.set([
          generalErrorText(
            error,
            $localize`:@@accounts.forgot.failed:Не удалось отправить код. Попробуйте ещё раз.`,
          ),
        ]);
      },
    });
  }
}
