import { addDays, ageOn } from './clinic-time';
import type { AgeGroup, Person, PersonTag, PostalAddress, Sex } from './person';
import type { Prng } from './prng';
import { stableId } from './resource-ids';
import {
  ELDERLY_FEMALE_GIVEN_NAMES,
  FAMILY_NAMES,
  FEMALE_GIVEN_NAMES,
  feminineFamilyName,
  HYPHENATED_FAMILY_NAMES,
  MALE_GIVEN_NAMES,
  type MaleGivenName,
} from './russian-names';
import { generateSnils } from './snils';
import { transliterate } from './transliterate';

/** What a caller may fix about a new person; everything else is drawn at random. */
export interface PersonSpec {
  readonly group: AgeGroup;
  readonly sex?: Sex;
  /** Family name in the male form. */
  readonly familyBase?: string;
  readonly given?: string;
  /** The father's given name, which makes the patronymic. */
  readonly father?: MaleGivenName;
  readonly age?: number;
  readonly birthDate?: string;
  readonly address?: PostalAddress;
  readonly tags?: readonly PersonTag[];
}

/** A person plus what relatives need to derive their own names. */
export interface Made {
  readonly person: Person;
  readonly familyBase: string;
  /** The person's own given name as a father's name, for men. */
  readonly asFather?: MaleGivenName;
}

const STREETS = [
  'ул. Тверская',
  'Ленинский просп.',
  'ул. Арбат',
  'Профсоюзная ул.',
  'ул. Маросейка',
  'Кутузовский просп.',
  'ул. Пятницкая',
  'ул. Покровка',
  'Мичуринский просп.',
  'ул. Вавилова',
  'Варшавское ш.',
  'ул. Лобачевского',
  'Зелёный просп.',
  'ул. Юных Ленинцев',
];

const AGE_RANGES: Readonly<Record<AgeGroup, readonly [number, number]>> = {
  child: [1, 15],
  adult: [18, 69],
  elderly: [70, 94],
};

/** Creates people with unique SNILS, phone numbers, e-mail addresses and medical record numbers. */
export class PersonFactory {
  private readonly snilsUsed = new Set<string>();
  private readonly phonesUsed = new Set<string>();
  private readonly emailsUsed = new Set<string>();
  private nextIndex = 0;

  constructor(
    private readonly prng: Prng,
    private readonly seed: number,
    /** Ages are counted on this calendar date (the end of the generated history). */
    private readonly onDate: string,
  ) {}

  get count(): number {
    return this.nextIndex;
  }

  make(spec: PersonSpec): Made {
    const prng = this.prng;
    const index = this.nextIndex++;
    const sex = spec.sex ?? (prng.chance(0.5) ? 'male' : 'female');
    const familyBase = spec.familyBase ?? this.randomFamilyBase();
    const family = sex === 'male' ? familyBase : feminineFamilyName(familyBase);
    const maleName = sex === 'male' ? this.maleName(spec.given) : undefined;
    const given = maleName?.given ?? spec.given ?? this.femaleGiven(spec.group);
    const father = spec.father ?? prng.pick(MALE_GIVEN_NAMES);
    const patronymic = sex === 'male' ? father.sonPatronymic : father.daughterPatronymic;
    const birthDate = spec.birthDate ?? this.birthDate(spec.group, spec.age);
    const age = ageOn(birthDate, this.onDate);
    const phone = age >= 14 ? this.phone() : undefined;
    const email = age >= 14 && spec.group !== 'child' ? this.email(given, family, birthDate) : undefined;
    const person: Person = {
      id: stableId(this.seed, 'Patient', index),
      index,
      group: spec.group,
      sex,
      family,
      given,
      patronymic,
      birthDate,
      snils: generateSnils(prng, this.snilsUsed),
      mrn: String(100_001 + index),
      phone,
      email,
      address: spec.address ?? this.address(),
      tags: spec.tags ?? [],
    };
    return { person, familyBase, asFather: maleName };
  }

  randomFamilyBase(): string {
    return this.prng.chance(0.04) ? this.prng.pick(HYPHENATED_FAMILY_NAMES) : this.prng.pick(FAMILY_NAMES);
  }

  address(): PostalAddress {
    const prng = this.prng;
    return {
      line: `${prng.pick(STREETS)}, д. ${prng.int(1, 120)}, кв. ${prng.int(1, 300)}`,
      postalCode: String(prng.int(101000, 129999)),
    };
  }

  /** A random age within the group's range. */
  age(group: AgeGroup): number {
    const [min, max] = AGE_RANGES[group];
    return this.prng.int(min, max);
  }

  /** A birth date making the person `age` (or a random age of the group) on the reference date. */
  birthDate(group: AgeGroup, age = this.age(group)): string {
    return addDays(this.onDate, -(age * 365 + Math.floor(age / 4) + this.prng.int(1, 364)));
  }

  private maleName(given: string | undefined): MaleGivenName {
    if (given === undefined) {
      return this.prng.pick(MALE_GIVEN_NAMES);
    }
    const found = MALE_GIVEN_NAMES.find((name) => name.given === given);
    if (!found) {
      throw new Error(`Unknown male given name ${given}`);
    }
    return found;
  }

  private femaleGiven(group: AgeGroup): string {
    if (group === 'elderly' && this.prng.chance(0.6)) {
      return this.prng.pick(ELDERLY_FEMALE_GIVEN_NAMES);
    }
    return this.prng.pick(FEMALE_GIVEN_NAMES);
  }

  private phone(): string {
    for (;;) {
      const phone = `+79${this.prng.digits(9)}`;
      if (!this.phonesUsed.has(phone)) {
        this.phonesUsed.add(phone);
        return phone;
      }
    }
  }

  private email(given: string, family: string, birthDate: string): string {
    const local = `${transliterate(given)}.${transliterate(family)}${birthDate.slice(2, 4)}`
      .toLowerCase()
      .replace(/[^a-z0-9.-]/g, '');
    let email = `${local}@example.com`;
    for (let n = 2; this.emailsUsed.has(email); n++) {
      email = `${local}.${n}@example.com`;
    }
    this.emailsUsed.add(email);
    return email;
  }
}
