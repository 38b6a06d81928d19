import { ValidateBy, ValidationOptions } from 'class-validator';

/**
 * `+7 (912) 345-67-89` → `+79123456789`. A Russian number written with the domestic `8`
 * prefix (11 digits) becomes `+7…`. Non-strings pass through for the validator to refuse.
 */
export function normalizePhone(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const compact = value.replace(/[\s().-]/g, '');
  if (/^8\d{10}$/.test(compact)) return `+7${compact.slice(1)}`;
  return compact;
}

/** An international number (E.164): `+`, country code, 8–15 digits in all. */
export const IsPhone = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isPhone',
      validator: {
        validate: (value) => typeof value === 'string' && /^\+[1-9]\d{7,14}$/.test(value),
        defaultMessage: () => 'Enter the phone number with the country code, e.g. +7 912 345-67-89',
      },
    },
    options,
  );
