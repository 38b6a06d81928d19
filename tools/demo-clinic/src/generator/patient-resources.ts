import type {
  CodeableConcept,
  ContactPoint,
  HumanName,
  Organization,
  Patient,
  Reference,
  RelatedPerson,
} from '@medplum/fhirtypes';
import { fullName, type Kinship, type Person } from './person';
import { stableId } from './resource-ids';
import { SNILS_SYSTEM } from './snils';

export const MRN_SYSTEM = 'urn:clinic:mrn';

const ROLE_CODES: Readonly<Record<Kinship['role'], { code: string; display: string; ru: string }>> = {
  mother: { code: 'MTH', display: 'mother', ru: 'Мать' },
  father: { code: 'FTH', display: 'father', ru: 'Отец' },
  son: { code: 'SON', display: 'natural son', ru: 'Сын' },
  daughter: { code: 'DAU', display: 'natural daughter', ru: 'Дочь' },
};

/** `name[0]`: family, then given name and patronymic in `given`, and the full name in `text`. */
export function humanName(person: Person): HumanName {
  return {
    use: 'official',
    text: fullName(person),
    family: person.family,
    given: [person.given, person.patronymic],
  };
}

export function telecom(person: Person): ContactPoint[] {
  const result: ContactPoint[] = [];
  if (person.phone) {
    result.push({ system: 'phone', value: person.phone, use: 'mobile' });
  }
  if (person.email) {
    result.push({ system: 'email', value: person.email, use: 'home' });
  }
  return result;
}

function snilsIdentifier(person: Person) {
  return {
    use: 'official' as const,
    type: {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/v2-0203',
          code: 'SB',
          display: 'Social Beneficiary Identifier',
        },
      ],
      text: 'СНИЛС',
    },
    system: SNILS_SYSTEM,
    value: person.snils,
  };
}

function relationship(kinship: Kinship): CodeableConcept {
  const role = ROLE_CODES[kinship.role];
  return {
    coding: [
      { system: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode', code: role.code, display: role.display },
    ],
    text: role.ru,
  };
}

export function relatedPersonId(seed: number, kinship: Kinship): string {
  return stableId(seed, 'RelatedPerson', `${kinship.patient.id}:${kinship.relative.id}`);
}

/**
 * The patient as the clinic registered them: SNILS and medical record number, name, sex, birth
 * date, phone and e-mail, address. Children and elderly people with a relative list them in
 * `contact`; a patient who is somebody's relative links to that `RelatedPerson` (`link` `seealso`).
 */
export function buildPatient(
  person: Person,
  seed: number,
  kinships: readonly Kinship[],
  organizationRef: Reference<Organization>,
  lastUpdated: string,
): Patient {
  const asPatient = kinships.filter((kinship) => kinship.patient === person);
  const asRelative = kinships.filter((kinship) => kinship.relative === person);
  return {
    resourceType: 'Patient',
    id: person.id,
    meta: { lastUpdated },
    identifier: [
      snilsIdentifier(person),
      {
        use: 'usual',
        type: {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/v2-0203',
              code: 'MR',
              display: 'Medical record number',
            },
          ],
          text: 'Номер медицинской карты',
        },
        system: MRN_SYSTEM,
        value: person.mrn,
      },
    ],
    active: true,
    name: [humanName(person)],
    telecom: telecom(person),
    gender: person.sex,
    birthDate: person.birthDate,
    address: [
      {
        use: 'home',
        type: 'physical',
        text: `${person.address.postalCode}, Москва, ${person.address.line}`,
        line: [person.address.line],
        city: 'Москва',
        postalCode: person.address.postalCode,
        country: 'RU',
      },
    ],
    communication: [
      {
        language: {
          coding: [{ system: 'urn:ietf:bcp:47', code: 'ru-RU', display: 'Russian (Russia)' }],
          text: 'Русский',
        },
        preferred: true,
      },
    ],
    managingOrganization: organizationRef,
    contact: asPatient.length
      ? asPatient.map((kinship) => ({
          relationship: [
            {
              coding: [
                {
                  system: 'http://terminology.hl7.org/CodeSystem/v2-0131',
                  code: 'N',
                  display: 'Next-of-Kin',
                },
              ],
            },
            relationship(kinship),
          ],
          name: humanName(kinship.relative),
          telecom: telecom(kinship.relative),
          gender: kinship.relative.sex,
        }))
      : undefined,
    link: asRelative.length
      ? asRelative.map((kinship) => ({
          other: { reference: `RelatedPerson/${relatedPersonId(seed, kinship)}` },
          type: 'seealso' as const,
        }))
      : undefined,
  };
}

/** The relative of a patient (`patient` = the child or the elderly person), with their SNILS. */
export function buildRelatedPerson(kinship: Kinship, seed: number, lastUpdated: string): RelatedPerson {
  const relative = kinship.relative;
  return {
    resourceType: 'RelatedPerson',
    id: relatedPersonId(seed, kinship),
    meta: { lastUpdated },
    identifier: [snilsIdentifier(relative)],
    active: true,
    patient: { reference: `Patient/${kinship.patient.id}`, display: fullName(kinship.patient) },
    relationship: [relationship(kinship)],
    name: [humanName(relative)],
    telecom: telecom(relative),
    gender: relative.sex,
    birthDate: relative.birthDate,
    address: [
      {
        use: 'home',
        text: `${relative.address.postalCode}, Москва, ${relative.address.line}`,
        city: 'Москва',
      },
    ],
  };
}
