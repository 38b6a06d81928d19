import { ValidateBy, ValidationOptions } from 'class-validator';
import { passwordProblem } from './password-strength';
import type { PersonalFacts } from './password-user-inputs';

/**
 * A password long enough and hard enough to guess for this person: `facts` picks the DTO's
 * fields that an attacker would know (email, names, birth date) so the check can count them.
 */
export const IsStrongPassword = (
  facts: (dto: Record<string, unknown>) => PersonalFacts = () => ({}),
  options?: ValidationOptions,
) =>
  ValidateBy(
    {
      name: 'isStrongPassword',
      validator: {
        validate: (value, args) =>
          typeof value === 'string' &&
          passwordProblem(value, facts(args?.object as Record<string, unknown>)) === null,
        defaultMessage: (args) =>
          typeof args?.value === 'string'
            ? (passwordProblem(args.value, facts(args.object as Record<string, unknown>)) ?? '')
            : 'password must be a string',
      },
    },
    options,
  );
