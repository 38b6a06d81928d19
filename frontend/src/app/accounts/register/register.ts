import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  LOCALE_ID,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { Router, RouterLink } from '@angular/router';
import { AuthApi } from '../../core/auth/auth-api';
import { RegisterRequest } from '../../core/auth/api-types';
import { FormErrors } from '../../core/forms/form-errors/form-errors';
import { PasswordVisibility } from '../../core/forms/password-visibility/password-visibility';
import { controlErrorText } from '../../core/forms/control-error-text';
import { focusFirstInvalid } from '../../core/forms/focus-first-invalid';
import { applyServerErrors } from '../../core/forms/server-errors';
import { generalErrorText, toApiError } from '../../core/http/api-error';
import { toPortalLocale } from '../../core/i18n/portal-locale';
import { PasswordMeter } from '../password-strength/password-meter';
import { formatSnils, snilsChecksumValid } from '../shared/snils';
import { createRegisterForm } from './register-form';

const FIELD_TEXTS: Record<string, Record<string, string>> = {
  birthDate: {
    birthDate: $localize`:@@accounts.register.birthDate.invalid:Укажите настоящую дату рождения`,
  },
  phone: { phone: $localize`:@@accounts.register.phone.invalid:Номер целиком, например +7 900 123-45-67` },
  snils: { snilsIncomplete: $localize`:@@accounts.register.snils.incomplete:В СНИЛС 11 цифр` },
  consent: {
    required: $localize`:@@accounts.register.consent.required:Без согласия мы не можем создать личный кабинет`,
  },
  sex: { required: $localize`:@@accounts.register.sex.required:Выберите пол` },
};

/**
 * Registration, step one: who the patient is, how to reach them, a password and consent.
 * The server answers 202 and mails a code; step two is `/register/confirm?email=…`.
 */
@Component({
  selector: 'app-register',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatCheckbox,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatRadioButton,
    MatRadioGroup,
    MatSuffix,
    FormErrors,
    PasswordMeter,
    PasswordVisibility,
  ],
  templateUrl: './register.html',
  styleUrl: './register.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Register {
  private readonly api = inject(AuthApi);
  private readonly router = inject(Router);
  private readonly locale = toPortalLocale(inject(LOCALE_ID));
  private readonly formElement = viewChild.required<ElementRef<HTMLFormElement>>('formElement');

  protected readonly form = createRegisterForm();
  protected readonly submitting = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected readonly today = new Date().toISOString().slice(0, 10);

  private readonly values = toSignal(this.form.valueChanges, { initialValue: this.form.value });
  protected readonly password = computed(() => this.values().password ?? '');
  protected readonly personal = computed(() => {
    const v = this.values();
    return [v.lastName, v.firstName, v.middleName, v.email?.split('@')[0]].filter((x): x is string => !!x);
  });
  protected readonly snilsSuspicious = computed(() => {
    const snils = this.values().snils ?? '';
    return snils.replace(/\D/g, '').length === 11 && !snilsChecksumValid(snils);
  });

  protected error(control: AbstractControl, name: string): string {
    return controlErrorText(control, FIELD_TEXTS[name]);
  }

  protected formatSnils(): void {
    const control = this.form.controls.snils;
    const formatted = formatSnils(control.value);
    if (formatted !== control.value) control.setValue(formatted);
  }

  protected submit(): void {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.errors.set([$localize`:@@accounts.form.fixFields:Проверьте отмеченные поля.`]);
      focusFirstInvalid(this.formElement().nativeElement);
      return;
    }
    this.errors.set([]);
    this.submitting.set(true);
    const body = this.body();
    this.api.register(body).subscribe({
      next: () => {
        this.submitting.set(false);
        void this.router.navigate(['/register/confirm'], { queryParams: { email: body.email } });
      },
      error: (failure: unknown) => this.fail(failure),
    });
  }

  private body(): RegisterRequest {
    const v = this.form.getRawValue();
    const optional = (text: string) => text.trim() || undefined;
    return {
      email: v.email.trim(),
      password: v.password,
      lastName: v.lastName.trim(),
      firstName: v.firstName.trim(),
      middleName: optional(v.middleName),
      birthDate: v.birthDate,
      sex: v.sex as RegisterRequest['sex'],
      phone: optional(v.phone),
      snils: optional(v.snils),
      consent: true,
      locale: this.locale,
    };
  }

  private fail(failure: unknown): void {
    this.submitting.set(false);
    const error = toApiError(failure);
    const unmatched = applyServerErrors(this.form, error.fields);
    if (Object.keys(error.fields).length) {
      this.errors.set([$localize`:@@accounts.form.fixFields:Проверьте отмеченные поля.`, ...unmatched]);
      focusFirstInvalid(this.formElement().nativeElement);
    } else {
      this.errors.set([
        generalErrorText(
          error,
          $localize`:@@accounts.register.failed:Не удалось отправить данные. Попробуйте ещё раз.`,
        ),
      ]);
    }
  }
}
