const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** `Иванов` → `ivanov`: people type their Cyrillic names in Latin letters too. */
export function transliterate(text: string): string {
  return [...text.toLowerCase()].map((c) => CYRILLIC_TO_LATIN[c] ?? c).join('');
}

/** What the person whose password it is knows about themselves, as an attacker would also know it. */
export interface PersonalFacts {
  email?: string | null;
  lastName?: string | null;
  firstName?: string | null;
  middleName?: string | null;
  /** `YYYY-MM-DD`. */
  birthDate?: string | null;
}

/**
 * The strings a password must not lean on: email and its local part, names in both
 * alphabets, and the birth date in the ways people write it (`1985`, `15031985`, `15.03.1985`).
 */
export function personalInputs(facts: PersonalFacts): string[] {
  const inputs = new Set<string>();
  const add = (value: string | null | undefined) => {
    const v = value?.trim().toLowerCase();
    if (v && v.length >= 2) inputs.add(v);
  };
  if (facts.email) {
    add(facts.email);
    add(facts.email.split('@')[0]);
  }
  const names = [facts.lastName, facts.firstName, facts.middleName].filter((n): n is string => !!n?.trim());
  for (const name of names) {
    add(name);
    add(transliterate(name));
  }
  const [last, first] = [facts.lastName?.trim(), facts.firstName?.trim()];
  if (last && first) {
    for (const pair of [`${first}${last}`, `${last}${first}`]) {
      add(pair);
      add(transliterate(pair));
    }
  }
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(facts.birthDate ?? '');
  if (date) {
    const [, y, m, d] = date;
    for (const v of [
      y,
      `${d}${m}${y}`,
      `${d}.${m}.${y}`,
      `${y}${m}${d}`,
      `${d}${m}`,
      `${d}${m}${y.slice(2)}`,
    ])
      add(v);
  }
  return [...inputs];
}
