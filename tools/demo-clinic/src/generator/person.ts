/** Who a generated patient is, before being written as FHIR resources. */

export type AgeGroup = 'child' | 'adult' | 'elderly';
export type Sex = 'male' | 'female';

/** Features a demo or a test may want to find (namesakes, twins, names with ё …). */
export type PersonTag = 'yo' | 'hyphenated' | 'namesake' | 'twin' | 'parent' | 'elderly-with-relative';

export interface PostalAddress {
  readonly line: string;
  readonly postalCode: string;
}

export interface Person {
  /** The FHIR `Patient.id`. */
  readonly id: string;
  readonly index: number;
  readonly group: AgeGroup;
  readonly sex: Sex;
  readonly family: string;
  readonly given: string;
  readonly patronymic: string;
  readonly birthDate: string;
  /** 11 digits, valid check digits. */
  readonly snils: string;
  readonly mrn: string;
  /** `+7` and 10 digits; none for children under 14. */
  readonly phone?: string;
  /** None for children under 14. */
  readonly email?: string;
  readonly address: PostalAddress;
  readonly tags: readonly PersonTag[];
}

/** A family tie: `relative` is the `role` of `patient` (a child's mother, an old man's son). */
export interface Kinship {
  readonly patient: Person;
  readonly relative: Person;
  readonly role: 'mother' | 'father' | 'son' | 'daughter';
}

/** The people a demo or a person registering on the portal is pointed to. */
export interface FeaturedPeople {
  /** Adults and an elderly patient to register as. */
  readonly patients: readonly Person[];
  /** A child (one of the twins) and the parent who may add the child's profile. */
  readonly child?: Person;
  readonly parent?: Person;
}

export interface Population {
  readonly people: readonly Person[];
  readonly kinships: readonly Kinship[];
  readonly featured: FeaturedPeople;
}

/** `Фамилия Имя Отчество`. */
export function fullName(person: Pick<Person, 'family' | 'given' | 'patronymic'>): string {
  return `${person.family} ${person.given} ${person.patronymic}`;
}
