import { AbstractControl, ValidationErrors } from '@angular/forms';

/** A birth date (`YYYY-MM-DD` from a date input) that is real, past and after 1900. */
export function birthDateValid(control: AbstractControl<string>): ValidationErrors | null {
  const value = control.value;
  if (!value) return null;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime())) return { birthDate: true };
  const today = new Date().toISOString().slice(0, 10);
  return value < '1900-01-01' || value > today ? { birthDate: true } : null;
}

/** Optional phone: digits with the usual separators, 10 to 15 digits, an optional leading +. */
export function phoneValid(control: AbstractControl<string>): ValidationErrors | null {
  const value = (control.value ?? '').trim();
  if (!value) return null;
  const digits = value.replace(/\D/g, '');
  return /^\+?[\d\s()-]+$/.test(value) && digits.length >= 10 && digits.length <= 15 ? null : { phone: true };
}

/** Six digits, as in the codes the portal mails. */
export const SIX_DIGITS = /^\d{6}$/;
