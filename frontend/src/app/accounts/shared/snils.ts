import { AbstractControl, ValidationErrors } from '@angular/forms';

/** Formats what was typed as `XXX-XXX-XXX XX`, keeping digits only (at most 11). */
export function formatSnils(text: string): string {
  const digits = text.replace(/\D/g, '').slice(0, 11);
  const parts = [digits.slice(0, 3), digits.slice(3, 6), digits.slice(6, 9)].filter(Boolean);
  const head = parts.join('-');
  return digits.length > 9 ? `${head} ${digits.slice(9)}` : head;
}

/**
 * The SNILS check number: the first nine digits weighted 9…1; a sum below 100 is the check
 * number, 100 and 101 give 00, larger sums are taken modulo 101 (100 again giving 00).
 * Numbers up to 001-001-998 were issued before the check number existed.
 */
export function snilsChecksumValid(text: string): boolean {
  const digits = text.replace(/\D/g, '');
  if (digits.length !== 11) return false;
  const number = digits.slice(0, 9);
  if (Number(number) <= 1001998) return true;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(number[i]) * (9 - i);
  let check = sum < 100 ? sum : sum % 101;
  if (check === 100 || check === 101) check = 0;
  return check === Number(digits.slice(9));
}

/** Optional field: empty is fine, otherwise all 11 digits. */
export function snilsComplete(control: AbstractControl<string>): ValidationErrors | null {
  const digits = (control.value ?? '').replace(/\D/g, '');
  return digits.length === 0 || digits.length === 11 ? null : { snilsIncomplete: true };
}
