import { inject } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { Sex } from '../../core/auth/api-types';
import { MIN_PASSWORD_LENGTH } from '../password-strength/password-strength';
import { birthDateValid, phoneValid } from '../shared/person-validators';
import { snilsComplete } from '../shared/snils';

/** The registration form's controls; their names are the API's field names. */
export function createRegisterForm() {
  const fb = inject(NonNullableFormBuilder);
  return fb.group({
    lastName: ['', [Validators.required, Validators.maxLength(100)]],
    firstName: ['', [Validators.required, Validators.maxLength(100)]],
    middleName: ['', Validators.maxLength(100)],
    birthDate: ['', [Validators.required, birthDateValid]],
    sex: fb.control<Sex | ''>('', Validators.required),
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    phone: ['', phoneValid],
    snils: ['', snilsComplete],
    password: [
      '',
      [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH), Validators.maxLength(128)],
    ],
    consent: [false, Validators.requiredTrue],
  });
}

export type RegisterForm = ReturnType<typeof createRegisterForm>;
