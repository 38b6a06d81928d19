import type { Prng } from './prng';

/** FHIR identifier system of the Russian insurance number (СНИЛС). */
export const SNILS_SYSTEM = 'urn:oid:1.2.643.100.3';

/** Numbers up to 001-001-998 were issued before check digits existed and are not checked. */
const LAST_UNCHECKED_NUMBER = 1001998;

/**
 * The two SNILS check digits for the nine-digit number: each digit times its weight
 * (9 for the first down to 1 for the last); a sum under 100 is the check number itself,
 * 100 and 101 give 00, larger sums are taken modulo 101 (where 100 again gives 00).
 */
export function snilsCheckDigits(number: string): string {
  if (!/^\d{9}$/.test(number)) {
    throw new Error(`A SNILS number has 9 digits before the check digits, got "${number}"`);
  }
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    sum += Number(number[i]) * (9 - i);
  }
  let check: number;
  if (sum < 100) {
    check = sum;
  } else if (sum === 100 || sum === 101) {
    check = 0;
  } else {
    check = sum % 101;
    if (check === 100) {
      check = 0;
    }
  }
  return String(check).padStart(2, '0');
}

/** True for an 11-digit SNILS whose check digits are right (old unchecked numbers are accepted). */
export function isValidSnils(value: string): boolean {
  if (!/^\d{11}$/.test(value)) {
    return false;
  }
  const number = value.slice(0, 9);
  if (Number(number) <= LAST_UNCHECKED_NUMBER) {
    return true;
  }
  return snilsCheckDigits(number) === value.slice(9);
}

/** `12345678901` → `123-456-789 01`, the way it is printed on the card. */
export function formatSnils(value: string): string {
  return `${value.slice(0, 3)}-${value.slice(3, 6)}-${value.slice(6, 9)} ${value.slice(9, 11)}`;
}

/**
 * A new valid SNILS not in `used` (which it adds to). Like issued numbers, it is above the
 * unchecked range and has no digit three times in a row.
 */
export function generateSnils(prng: Prng, used: Set<string>): string {
  for (;;) {
    const number = String(prng.int(LAST_UNCHECKED_NUMBER + 1, 999_999_999)).padStart(9, '0');
    if (/(\d)\1\1/.test(number)) {
      continue;
    }
    const value = number + snilsCheckDigits(number);
    if (!used.has(value)) {
      used.add(value);
      return value;
    }
  }
}
