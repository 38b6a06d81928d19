import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-hash-options';
import { personalInputs, type PersonalFacts } from './password-user-inputs';
import { RUSSIAN_COMMON_PASSWORDS } from './russian-passwords';

/** The lowest zxcvbn score (0–4) accepted: 3 = "safely unguessable: moderate protection from offline attacks". */
export const MIN_PASSWORD_SCORE = 3;

export const WEAK_PASSWORD_MESSAGE =
  'This password is too easy to guess. Use a longer phrase of several unrelated words, not your name, email or birth date.';

let estimator: ZxcvbnFactory | undefined;

/** Built on first use: loading the dictionaries takes a moment and some memory. */
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    graphs: common.adjacencyGraphs,
    dictionary: {
      ...common.dictionary,
      ...english.dictionary,
      russian: [...RUSSIAN_COMMON_PASSWORDS],
    },
    translations: english.translations,
    // Levenshtein matching costs 200–350 ms of CPU a check here: a denial-of-service lever.
    useLevenshteinDistance: false,
  });
  return estimator;
}

/**
 * The zxcvbn score (0–4) of a password for a person (their own facts count as guessable).
 * Separators earn zxcvbn credit that attackers do not give (`anna-ivanova-1985` scores 4),
 * so the password is also scored without them and the lower score counts.
 */
export function passwordScore(password: string, facts: PersonalFacts = {}): number {
  const inputs = personalInputs(facts);
  const candidate = password.slice(0, PASSWORD_MAX_LENGTH);
  const joined = candidate.replace(/[\s\-_.,;:'’"!?+*/\\|~^=]+/g, '');
  const score = zxcvbn().check(candidate, inputs).score;
  return joined !== candidate && joined.length > 0
    ? Math.min(score, zxcvbn().check(joined, inputs).score)
    : score;
}

/** Why a password is refused, or `null` when it is acceptable. */
export function passwordProblem(password: string, facts: PersonalFacts = {}): string | null {
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
    return `The password must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters long.`;
  }
  return passwordScore(password, facts) < MIN_PASSWORD_SCORE ? WEAK_PASSWORD_MESSAGE : null;
}
