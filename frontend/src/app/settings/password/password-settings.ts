import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { PasswordMeter } from '../../accounts/password-strength/password-meter';
import { MIN_PASSWORD_LENGTH } from '../../accounts/password-strength/password-strength';
import { AuthStore } from '../../core/auth/auth-store';
import { controlErrorText } from '../../core/forms/control-error-text';
import { FormErrors } from '../../core/forms/form-errors/form-errors';
import { PasswordVisibility } from '../../core/forms/password-visibility/password-visibility';
import { applyServerErrors } from '../../core/forms/server-errors';
import { generalErrorText, toApiError } from '../../core/http/api-error';
import { SettingsApi } from '../settings-api';

/** Password change: the current password and a new one. */
@Component({
  selector: 'app-password-settings',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatError,
    MatFormField,
    MatIcon,
    MatInput,
    MatLabel,
    MatSuffix,
    FormErrors,
    PasswordMeter,
    PasswordVisibility,
  ],
  templateUrl: './password-settings.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordSettings {
  private readonly api = inject(SettingsApi);
  private readonly store = inject(AuthStore);
  private readonly formDirective = viewChild.required(FormGroupDirective);

  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', Validators.required],
    newPassword: [
      '',
      [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH), Validators.maxLength(128)],
    ],
  });
  private readonly values = toSignal(this.form.valueChanges, { initialValue: this.form.value });
  protected readonly newPassword = computed(() => this.values().newPassword ?? '');
  protected readonly personal = computed(() => {
    const me = this.store.me();
    return me
      ? [me.profile?.firstName ?? '', me.profile?.lastName ?? '', me.account.email.split('@')[0]].filter(
          Boolean,
        )
      : [];
  });
  protected readonly busy = signal(false);
  protected readonly changed = signal(false);
  protected readonly errors = signal<string[]>([]);

  protected error(name: 'currentPassword' | 'newPassword'): string {
    return controlErrorText(this.form.controls[name]);
  }

  protected submit(): void {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.errors.set([$localize`:@@accounts.form.fixFields:Проверьте отмеченные поля.`]);
      return;
    }
    const { currentPassword, newPassword } = this.form.getRawValue();
    this.errors.set([]);
    this.changed.set(false);
    this.busy.set(true);
    this.api.changePassword(currentPassword, newPassword).subscribe({
      next: () => {
        this.busy.set(false);
        this.changed.set(true);
        // Through the directive, so the emptied fields do not show "required" as if submitted.
        this.formDirective().resetForm();
      },
      error: (failure: unknown) => {
        this.busy.set(false);
        const error = toApiError(failure);
        const unmatched = applyServerErrors(this.form, error.fields, { password: 'currentPassword' });
        if (Object.keys(error.fields).length) {
          this.errors.set([$localize`:@@accounts.form.fixFields:Проверьте отмеченные поля.`, ...unmatched]);
        } else if (error.status === 401 || error.status === 403) {
          this.form.controls.currentPassword.setErrors({
            server: $localize`:@@accounts.settings.wrongPassword:Неверный пароль.`,
          });
          this.errors.set([
            $localize`:@@accounts.settings.password.wrongCurrent:Текущий пароль введён неверно.`,
          ]);
        } else {
          this.errors.set([
            generalErrorText(
              error,
              $localize`:@@accounts.settings.saveFailed:Не удалось сохранить. Попробуйте ещё раз.`,
            ),
          ]);
        }
      },
    });
  }
}
