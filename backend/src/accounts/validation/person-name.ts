import { ValidateBy, ValidationOptions } from 'class-validator';

const LETTERS = 'A-Za-zÀ-ÖØ-öø-ÿА-Яа-яЁё';
/** Words of letters (Latin or Cyrillic) joined by single spaces, hyphens or apostrophes. */
const NAME = new RegExp(`^[${LETTERS}]+(?:[ '’-][${LETTERS}]+)*$`);

/** Trims and collapses runs of spaces; non-strings pass through for the validator to refuse. */
export function normalizeName(value: unknown): unknown {
  return typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : value;
}

/** Whether a (normalised) name part is 1–100 characters of letters, spaces, hyphens and apostrophes. */
export const isPersonName = (value: unknown): boolean =>
  typeof value === 'string' && value.length <= 100 && NAME.test(value);

/** A person's name part: 1–100 characters of letters, spaces, hyphens and apostrophes. */
export const IsPersonName = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isPersonName',
      validator: {
        validate: (value) => isPersonName(value),
        defaultMessage: (args) =>
          `${args?.property ?? 'name'} may contain only letters, spaces, hyphens and apostrophes`,
      },
    },
    options,
  );
