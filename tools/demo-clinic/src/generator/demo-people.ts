import { type FeaturedPeople, fullName, type Person, type PersonTag } from './person';
import { formatSnils } from './snils';

/** A patient one can register on the portal as. */
export interface DemoPerson {
  readonly patientId: string;
  readonly fullName: string;
  readonly family: string;
  readonly given: string;
  readonly patronymic: string;
  readonly birthDate: string;
  readonly sex: 'male' | 'female';
  /** 11 digits as stored in FHIR. */
  readonly snils: string;
  /** `XXX-XXX-XXX YY` as printed on the card. */
  readonly snilsFormatted: string;
  readonly mrn: string;
  readonly email?: string;
  readonly phone?: string;
  /** What is special about this person, in English. */
  readonly note: string;
}

export interface DemoPeople {
  readonly patients: readonly DemoPerson[];
  /** A child whose profile the parent can add under Family access. */
  readonly child?: DemoPerson;
  readonly parent?: DemoPerson;
}

const NOTES: Readonly<Record<PersonTag, string>> = {
  yo: 'ё in the given name',
  hyphenated: 'double-barrelled family name',
  namesake: 'has a namesake: same name and birth date, other SNILS',
  twin: 'twin: same family name and birth date as a sibling',
  parent: 'parent of a child patient',
  'elderly-with-relative': 'elderly; an adult child is a patient too',
};

export function demoPerson(person: Person): DemoPerson {
  return {
    patientId: person.id,
    fullName: fullName(person),
    family: person.family,
    given: person.given,
    patronymic: person.patronymic,
    birthDate: person.birthDate,
    sex: person.sex,
    snils: person.snils,
    snilsFormatted: formatSnils(person.snils),
    mrn: person.mrn,
    email: person.email,
    phone: person.phone,
    note: person.tags.map((tag) => NOTES[tag]).join('; '),
  };
}

export function demoPeople(featured: FeaturedPeople): DemoPeople {
  return {
    patients: featured.patients.map(demoPerson),
    child: featured.child ? demoPerson(featured.child) : undefined,
    parent: featured.parent ? demoPerson(featured.parent) : undefined,
  };
}

/** A plain-text table of the demo people, for the console. */
export function formatDemoTable(demo: DemoPeople): string {
  const rows: string[][] = [
    ['', 'Name (ФИО)', 'Birth date', 'Sex', 'SNILS', 'MRN', 'E-mail / phone', 'Note'],
  ];
  const add = (label: string, person: DemoPerson): void => {
    rows.push([
      label,
      person.fullName,
      person.birthDate,
      person.sex === 'male' ? 'M' : 'F',
      person.snilsFormatted,
      person.mrn,
      [person.email, person.phone].filter(Boolean).join(' / ') || '—',
      person.note,
    ]);
  };
  demo.patients.forEach((person, i) => add(String(i + 1), person));
  if (demo.parent && demo.child) {
    add('parent', demo.parent);
    add('child', demo.child);
  }
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
