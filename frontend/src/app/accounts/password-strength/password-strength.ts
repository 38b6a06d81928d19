/** 0 = too weak … 4 = strong. A hint while typing; the server has the final word. */
export type StrengthScore = 0 | 1 | 2 | 3 | 4;

/** Passwords shorter than this are always "too weak". */
export const MIN_PASSWORD_LENGTH = 10;

const COMMON = [
  'password',
  'passw0rd',
  'qwerty',
  'йцукен',
  'пароль',
  'admin',
  'letmein',
  'welcome',
  'iloveyou',
  'monkey',
  'dragon',
  'master',
  'login',
  'abc123',
  '123456',
  '111111',
  '000000',
  'zaq1',
  'asdf',
];
const SEQUENCES = [
  'abcdefghijklmnopqrstuvwxyz',
  'qwertyuiopasdfghjklzxcvbnm',
  '01234567890',
  'йцукенгшщзхъфывапролджэячсмитьбю',
  'абвгдеёжзийклмнопрстуфхцчшщъыьэюя',
];

/**
 * Estimates how hard a password is to guess: the length times the size of the character
 * pool it draws from, minus the parts that are predictable (common passwords, keyboard and
 * alphabet runs, repeated characters, the user's own name or email).
 *
 * @param personal words the password should not be built from (names, email)
 */
export function passwordStrength(password: string, personal: readonly string[] = []): StrengthScore {
  if (password.length < MIN_PASSWORD_LENGTH) return 0;
  const lower = password.toLowerCase();
  let predictable = 0;
  for (const word of [...COMMON, ...personal.map((p) => p.toLowerCase()).filter((p) => p.length >= 3)]) {
    if (lower.includes(word)) predictable += word.length;
  }
  predictable += runLength(lower);
  const effective = Math.max(0, password.length - predictable);
  const bits = effective * Math.log2(poolSize(password));
  if (bits < 30) return 1;
  if (bits < 45) return 2;
  if (bits < 60) return 3;
  return 4;
}

function poolSize(password: string): number {
  let pool = 0;
  if (/[a-z]/.test(password)) pool += 26;
  if (/[A-Z]/.test(password)) pool += 26;
  if (/[а-яё]/.test(password)) pool += 33;
  if (/[А-ЯЁ]/.test(password)) pool += 33;
  if (/\d/.test(password)) pool += 10;
  if (/[^a-zA-Zа-яёА-ЯЁ\d]/.test(password)) pool += 33;
  return Math.max(pool, 2);
}

/** Characters that only repeat the previous one or continue a run (aaa, 1234, qwer). */
function runLength(lower: string): number {
  let predictable = 0;
  for (let i = 2; i < lower.length; i++) {
    const window = lower.slice(i - 2, i + 1);
    const repeated = window[0] === window[1] && window[1] === window[2];
    const sequence = SEQUENCES.some((run) => run.includes(window));
    if (repeated || sequence) predictable++;
  }
  return predictable;
}
