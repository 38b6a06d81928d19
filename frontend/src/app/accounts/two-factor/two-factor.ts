import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { AccessTokenResponse, TwoFactorChallenge } from '../../core/auth/api-types';
import { AuthApi } from '../../core/auth/auth-api';
import { controlErrorText } from '../../core/forms/control-error-text';
import { FormErrors } from '../../core/forms/form-errors/form-errors';
import { applyServerErrors } from '../../core/forms/server-errors';
import { toApiError } from '../../core/http/api-error';
import { codeErrorText } from '../shared/code-errors';
import { SIX_DIGITS } from '../shared/person-validators';

/**
 * The second sign-in step: the code mailed to the user, or the one shown by their
 * authenticator app — or, for an app, one of the recovery codes saved when it was set up.
 */
@Component({
  selector: 'app-two-factor',
  imports: [ReactiveFormsModule, MatButton, MatError, MatFormField, MatHint, MatInput, MatLabel, FormErrors],
  templateUrl: './two-factor.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TwoFactor {
  private readonly api = inject(AuthApi);
  private readonly injector = inject(Injector);
  private readonly codeInput = viewChild<ElementRef<HTMLInputElement>>('codeInput');

  readonly challenge = input.required<TwoFactorChallenge>();
  readonly signedIn = output<AccessTokenResponse>();
  readonly startOver = output<void>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    code: ['', [Validators.required, Validators.pattern(SIX_DIGITS)]],
  });
  protected readonly recovery = signal(false);
  protected readonly submitting = signal(false);
  protected readonly errors = signal<string[]>([]);

  constructor() {
    // The step replaces the password form: keyboard and screen-reader users continue in the code field.
    this.focusCode();
  }

  protected codeError(): string {
    return controlErrorText(this.form.controls.code, {
      pattern: $localize`:@@accounts.code.sixDigits:Код — 6 цифр из письма`,
    });
  }

  /** Switches between the app's 6-digit code and a recovery code (another format). */
  protected toggleRecovery(): void {
    this.recovery.update((on) => !on);
    const code = this.form.controls.code;
    code.setValidators(
      this.recovery() ? [Validators.required] : [Validators.required, Validators.pattern(SIX_DIGITS)],
    );
    code.reset();
    this.errors.set([]);
    this.focusCode();
  }

  private focusCode(): void {
    afterNextRender(() => this.codeInput()?.nativeElement.focus(), { injector: this.injector });
  }

  protected submit(): void {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.errors.set([this.codeError()]);
      return;
    }
    this.errors.set([]);
    this.submitting.set(true);
    const code = this.form.controls.code.value.trim();
    this.api.loginTwoFactor(this.challenge().challengeToken, code).subscribe({
      next: (answer) => this.signedIn.emit(answer),
      error: (failure: unknown) => {
        this.submitting.set(false);
        const error = toApiError(failure);
        applyServerErrors(this.form, error.fields);
        this.errors.set([codeErrorText(error)]);
      },
    });
  }
}
