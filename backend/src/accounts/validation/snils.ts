import { ValidateBy, ValidationOptions } from 'class-validator';

/** `123-456-789 01` → `12345678901`; anything else is returned unchanged for the validator to refuse. */
export function normalizeSnils(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const digits = value.replace(/[\s-]/g, '');
  return /^\d+$/.test(digits) ? digits : value;
}

/**
 * The SNILS checksum (Pension Fund of Russia rules): digits 1–9 weighted 9…1 and summed; a
 * sum below 100 is the check number, 100 and 101 give 00, larger sums are taken mod 101 (100 → 00).
 * Numbers up to 001-001-998 were issued before checksums and are not checked.
 */
export function isValidSnils(value: string): boolean {
  if (!/^\d{11}$/.test(value)) return false;
  const number = value.slice(0, 9);
  if (Number(number) <= 1001998) return true;
  const sum = [...number].reduce((acc, digit, i) => acc + Number(digit) * (9 - i), 0);
  const mod = sum % 101;
  const check = sum < 100 ? sum : mod === 100 ? 0 : mod;
  return check === Number(value.slice(9));
}

/** A SNILS (already normalised to 11 digits) with a correct checksum. */
export const IsSnils = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isSnils',
      validator: {
        validate: (value) => typeof value === 'string' && isValidSnils(value),
        defaultMessage: () => 'Enter the 11-digit SNILS, e.g. 123-456-789 64; check the digits.',
      },
    },
    options,
  );
