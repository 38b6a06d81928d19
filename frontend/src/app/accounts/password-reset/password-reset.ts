import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { AuthApi } from '../../core/auth/auth-api';
import { controlErrorText } from '../../core/forms/control-error-text';
import { focusFirstInvalid } from '../../core/forms/focus-first-invalid';
import { FormErrors } from '../../core/forms/form-errors/form-errors';
import { PasswordVisibility } from '../../core/forms/password-visibility/password-visibility';
import { applyServerErrors } from '../../core/forms/server-errors';
import { toApiError } from '../../core/http/api-error';
import { DevMailLink } from '../../dev-mail/dev-mail-link/dev-mail-link';
import { PasswordMeter } from '../password-strength/password-meter';
import { MIN_PASSWORD_LENGTH } from '../password-strength/password-strength';
import { codeErrorText } from '../shared/code-errors';
import { SIX_DIGITS } from '../shared/person-validators';

/** Password recovery, step two: the mailed code and a new password; then sign in with it. */
@Component({
  selector: 'app-password-reset',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatSuffix,
    FormErrors,
    PasswordMeter,
    PasswordVisibility,
    DevMailLink,
  ],
  templateUrl: './password-reset.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordReset {
  private readonly api = inject(AuthApi);
  private readonly router = inject(Router);
  private readonly formElement = viewChild.required<ElementRef<HTMLFormElement>>('formElement');

  /** From `?email=`, set by the previous step. */
  readonly email = input('');

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    code: ['', [Validators.required, Validators.pattern(SIX_DIGITS)]],
    newPassword: [
      '',
      [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH), Validators.maxLength(128)],
    ],
  });
  protected readonly submitting = signal(false);
  protected readonly errors = signal<string[]>([]);
  private readonly values = toSignal(this.form.valueChanges, { initialValue: this.form.value });
  protected readonly newPassword = computed(() => this.values().newPassword ?? '');
  protected readonly personal = computed(() => [this.values().email?.split('@')[0] ?? '']);

  constructor() {
    effect(() => {
      const email = this.email();
      untracked(() => this.form.controls.email.setValue(email));
    });
  }

  protected error(name: 'email' | 'code' | 'newPassword'): string {
    return controlErrorText(this.form.controls[name], {
      pattern: $localize`:@@accounts.code.sixDigits:Код — 6 цифр из письма`,
    });
  }

  protected submit(): void {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.errors.set([$localize`:@@accounts.form.fixFields:Проверьте отмеченные поля.`]);
      focusFirstInvalid(this.formElement().nativeElement);
      return;
    }
    const { email, code, newPassword } = this.form.getRawValue();
    this.errors.set([]);
    this.submitting.set(true);
    this.api.resetPassword(email.trim(), code, newPassword).subscribe({
      next: () => {
        this.submitting.set(false);
        void this.router.navigate(['/login'], { queryParams: { reset: 1 } });
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
}
