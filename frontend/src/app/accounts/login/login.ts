import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { AccessTokenResponse, TwoFactorChallenge } from '../../core/auth/api-types';
import { AuthApi } from '../../core/auth/auth-api';
import { safeReturnUrl } from '../../core/auth/auth.guards';
import { AuthStore } from '../../core/auth/auth-store';
import { controlErrorText } from '../../core/forms/control-error-text';
import { focusFirstInvalid } from '../../core/forms/focus-first-invalid';
import { FormErrors } from '../../core/forms/form-errors/form-errors';
import { PasswordVisibility } from '../../core/forms/password-visibility/password-visibility';
import { applyServerErrors } from '../../core/forms/server-errors';
import { generalErrorText, toApiError } from '../../core/http/api-error';
import { TwoFactor } from '../two-factor/two-factor';

/**
 * Sign-in: email and password; when the account has two-step sign-in, the second step
 * (a code by email or from an authenticator app) follows on the same page.
 */
@Component({
  selector: 'app-login',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatError,
    MatFormField,
    MatInput,
    MatLabel,
    MatSuffix,
    FormErrors,
    PasswordVisibility,
    TwoFactor,
  ],
  templateUrl: './login.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Login {
  private readonly api = inject(AuthApi);
  private readonly store = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('formElement');

  /** Where to go after signing in (`?returnUrl=`), set by the guard or the interceptor. */
  readonly returnUrl = input<string>();
  /** `?reset=1` after a password reset: says the new password works now. */
  readonly reset = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly challenge = signal<TwoFactorChallenge | null>(null);
  protected readonly submitting = signal(false);
  protected readonly errors = signal<string[]>([]);

  protected error(name: 'email' | 'password'): string {
    return controlErrorText(this.form.controls[name]);
  }

  protected submit(): void {
    if (this.submitting()) return;
    const form = this.formElement()?.nativeElement;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.errors.set([$localize`:@@accounts.form.fixFields:Проверьте отмеченные поля.`]);
      if (form) focusFirstInvalid(form);
      return;
    }
    const { email, password } = this.form.getRawValue();
    this.errors.set([]);
    this.submitting.set(true);
    this.api.login(email.trim(), password).subscribe({
      next: (answer) => {
        if ('twoFactorRequired' in answer) {
          this.submitting.set(false);
          this.challenge.set(answer);
        } else {
          void this.finish(answer);
        }
      },
      error: (failure: unknown) => {
        this.submitting.set(false);
        const error = toApiError(failure);
        applyServerErrors(this.form, error.fields);
        this.errors.set([
          error.status === 401
            ? $localize`:@@accounts.login.wrong:Неверная электронная почта или пароль.`
            : generalErrorText(
                error,
                $localize`:@@accounts.login.failed:Не удалось войти. Попробуйте ещё раз.`,
              ),
        ]);
      },
    });
  }

  protected async finish(answer: AccessTokenResponse): Promise<void> {
    await this.store.signIn(answer);
    this.submitting.set(false);
    await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
  }

  protected startOver(): void {
    this.challenge.set(null);
    this.form.controls.password.reset();
  }
}
