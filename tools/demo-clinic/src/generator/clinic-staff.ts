import type { Location, Organization, Practitioner, PractitionerRole, Reference } from '@medplum/fhirtypes';
import type { Sex } from './person';
import type { Prng } from './prng';
import { stableId } from './resource-ids';
import { FAMILY_NAMES, FEMALE_GIVEN_NAMES, feminineFamilyName, MALE_GIVEN_NAMES } from './russian-names';
import { SPECIALTIES, specialtyConcept, type SpecialtyCode } from './specialties';

export const STAFF_ID_SYSTEM = 'urn:clinic:staff';
export const CLINIC_NAME = 'Клиника «Демо-Здоровье»';
const CLINIC_PHONE = '+74950000000';

/** Each entry is one doctor and the specialties they see patients in (the cardiologist is also a therapist). */
const DOCTORS: readonly { readonly specialties: readonly SpecialtyCode[]; readonly sex?: Sex }[] = [
  { specialties: ['therapist'] },
  { specialties: ['therapist'] },
  { specialties: ['pediatrician'] },
  { specialties: ['pediatrician'] },
  { specialties: ['cardiologist', 'therapist'] },
  { specialties: ['neurologist'] },
  { specialties: ['ophthalmologist'] },
  { specialties: ['otorhinolaryngologist'] },
  { specialties: ['dermatologist'] },
  { specialties: ['gynecologist'], sex: 'female' },
  { specialties: ['surgeon'] },
  { specialties: ['endocrinologist'] },
];

/** One doctor's role in one specialty, which has its own schedule. */
export interface StaffRole {
  readonly role: PractitionerRole & { id: string };
  readonly practitioner: Practitioner & { id: string };
  readonly specialty: SpecialtyCode;
  readonly roleRef: Reference<PractitionerRole>;
  readonly practitionerRef: Reference<Practitioner>;
}

export interface ClinicStaff {
  readonly organization: Organization & { id: string };
  readonly location: Location & { id: string };
  readonly organizationRef: Reference<Organization>;
  readonly locationRef: Reference<Location>;
  readonly practitioners: readonly (Practitioner & { id: string })[];
  readonly roles: readonly StaffRole[];
}

/** The clinic, its one site, its doctors and their roles; `lastUpdated` is when they were entered. */
export function generateClinicStaff(prng: Prng, seed: number, lastUpdated: string): ClinicStaff {
  const address = {
    use: 'work' as const,
    type: 'physical' as const,
    text: 'Москва, ул. Тверская, д. 1',
    line: ['ул. Тверская, д. 1'],
    city: 'Москва',
    postalCode: '125009',
    country: 'RU',
  };
  const organization: Organization & { id: string } = {
    resourceType: 'Organization',
    id: stableId(seed, 'Organization', 'clinic'),
    meta: { lastUpdated },
    identifier: [{ system: 'urn:clinic:organization', value: 'demo-clinic' }],
    active: true,
    type: [
      {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/organization-type',
            code: 'prov',
            display: 'Healthcare Provider',
          },
        ],
        text: 'Медицинская организация',
      },
    ],
    name: CLINIC_NAME,
    telecom: [{ system: 'phone', value: CLINIC_PHONE, use: 'work' }],
    address: [address],
  };
  const organizationRef: Reference<Organization> = {
    reference: `Organization/${organization.id}`,
    display: CLINIC_NAME,
  };
  const location: Location & { id: string } = {
    resourceType: 'Location',
    id: stableId(seed, 'Location', 'main'),
    meta: { lastUpdated },
    status: 'active',
    name: 'Поликлиника на Тверской',
    address,
    telecom: [{ system: 'phone', value: CLINIC_PHONE, use: 'work' }],
    managingOrganization: organizationRef,
  };
  const locationRef: Reference<Location> = { reference: `Location/${location.id}`, display: location.name };

  const practitioners: (Practitioner & { id: string })[] = [];
  const roles: StaffRole[] = [];
  DOCTORS.forEach((doctor, index) => {
    const practitioner = makePractitioner(prng, seed, index, doctor.sex, doctor.specialties, lastUpdated);
    practitioners.push(practitioner);
    const practitionerRef: Reference<Practitioner> = {
      reference: `Practitioner/${practitioner.id}`,
      display: practitioner.name?.[0]?.text,
    };
    for (const specialty of doctor.specialties) {
      const role: PractitionerRole & { id: string } = {
        resourceType: 'PractitionerRole',
        id: stableId(seed, 'PractitionerRole', `${index}:${specialty}`),
        meta: { lastUpdated },
        active: true,
        practitioner: practitionerRef,
        organization: organizationRef,
        code: [
          {
            coding: [
              {
                system: 'http://terminology.hl7.org/CodeSystem/practitioner-role',
                code: 'doctor',
                display: 'Doctor',
              },
            ],
            text: 'Врач',
          },
        ],
        specialty: [specialtyConcept(specialty)],
        location: [locationRef],
        telecom: [{ system: 'phone', value: CLINIC_PHONE, use: 'work' }],
        availableTime: [
          {
            daysOfWeek: ['mon', 'tue', 'wed', 'thu', 'fri'],
            availableStartTime: '09:00:00',
            availableEndTime: '17:00:00',
          },
        ],
      };
      const roleRef: Reference<PractitionerRole> = {
        reference: `PractitionerRole/${role.id}`,
        display: `${SPECIALTIES[specialty].ru} — ${practitionerRef.display}`,
      };
      roles.push({ role, practitioner, specialty, roleRef, practitionerRef });
    }
  });
  return { organization, location, organizationRef, locationRef, practitioners, roles };
}

function makePractitioner(
  prng: Prng,
  seed: number,
  index: number,
  fixedSex: Sex | undefined,
  specialties: readonly SpecialtyCode[],
  lastUpdated: string,
): Practitioner & { id: string } {
  const sex = fixedSex ?? (prng.chance(0.55) ? 'female' : 'male');
  const familyBase = prng.pick(FAMILY_NAMES);
  const father = prng.pick(MALE_GIVEN_NAMES);
  const family = sex === 'male' ? familyBase : feminineFamilyName(familyBase);
  const given = sex === 'male' ? prng.pick(MALE_GIVEN_NAMES).given : prng.pick(FEMALE_GIVEN_NAMES);
  const patronymic = sex === 'male' ? father.sonPatronymic : father.daughterPatronymic;
  return {
    resourceType: 'Practitioner',
    id: stableId(seed, 'Practitioner', index),
    meta: { lastUpdated },
    identifier: [{ system: STAFF_ID_SYSTEM, value: `D-${String(index + 1).padStart(4, '0')}` }],
    active: true,
    name: [{ use: 'official', text: `${family} ${given} ${patronymic}`, family, given: [given, patronymic] }],
    telecom: [{ system: 'phone', value: CLINIC_PHONE, use: 'work' }],
    gender: sex,
    qualification: specialties.map((code) => ({ code: specialtyConcept(code) })),
  };
}
