import { ValidateBy, ValidationOptions } from 'class-validator';

/** The oldest accepted age: anything older is a typing mistake. */
const MAX_AGE_YEARS = 125;

/** Whether `YYYY-MM-DD` is a real calendar date, in the past, and not absurdly long ago. */
export function isPlausibleBirthDate(value: unknown, today = new Date()): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) return false;
  const todayUtc = today.toISOString().slice(0, 10);
  const oldest = `${today.getUTCFullYear() - MAX_AGE_YEARS}${todayUtc.slice(4)}`;
  return value < todayUtc && value >= oldest;
}

/** A birth date: `YYYY-MM-DD`, a real day, in the past, at most 125 years ago. */
export const IsBirthDate = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isBirthDate',
      validator: {
        validate: (value) => isPlausibleBirthDate(value),
        defaultMessage: () => 'Enter a real birth date in the past, as YYYY-MM-DD',
      },
    },
    options,
  );
