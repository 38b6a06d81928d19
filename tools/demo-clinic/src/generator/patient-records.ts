import type { AllergyIntolerance, Immunization } from '@medplum/fhirtypes';
import { addDays, clinicTimeOn, DAY_MS, toClinicDateTime, toInstant } from './clinic-time';
import type { ClinicStaff } from './clinic-staff';
import { ALLERGENS, type AllergenDef, CVX, REACTIONS, SNOMED, VACCINES } from './treatments-catalog';
import { type PatientContext, recordId } from './visit';

/**
 * Vaccinations: the childhood calendar for children (BCG at birth … MMR at one year), recent
 * flu, COVID-19 and diphtheria–tetanus shots for adults. Only those before `endMs`.
 */
export function buildImmunizations(ctx: PatientContext, startMs: number, endMs: number): Immunization[] {
  const { prng, person } = ctx;
  const result: Immunization[] = [];
  const birthMs = clinicTimeOn(person.birthDate, 10);
  for (const vaccine of VACCINES) {
    const dates: number[] = [];
    if ('childMonths' in vaccine.schedule) {
      if (person.group === 'child') {
        dates.push(birthMs + vaccine.schedule.childMonths * 30 * DAY_MS + prng.int(0, 20) * DAY_MS);
      }
    } else if (person.group !== 'child' && prng.chance(vaccine.schedule.adultEveryYears === 1 ? 0.6 : 0.35)) {
      const shots = vaccine.schedule.adultEveryYears === 1 ? prng.int(1, 3) : 1;
      for (let i = 0; i < shots; i++) {
        dates.push(startMs + prng.float(0, 1) * (endMs - startMs));
      }
    }
    dates
      .filter((ms) => ms < endMs)
      .sort((a, b) => a - b)
      .forEach((ms, i) => result.push(immunization(ctx, ctx.staff, vaccine, ms, i)));
  }
  return result;
}

function immunization(
  ctx: PatientContext,
  staff: ClinicStaff,
  vaccine: (typeof VACCINES)[number],
  ms: number,
  n: number,
): Immunization {
  const nurseRole = staff.roles.find(
    (role) => role.specialty === (ctx.person.group === 'child' ? 'pediatrician' : 'therapist'),
  );
  return {
    resourceType: 'Immunization',
    id: recordId(ctx, 'Immunization', `${vaccine.cvx}:${n}`),
    meta: { lastUpdated: toInstant(ms + 60 * 60_000) },
    status: 'completed',
    vaccineCode: { coding: [{ system: CVX, code: vaccine.cvx, display: vaccine.en }], text: vaccine.ru },
    patient: ctx.patientRef,
    occurrenceDateTime: toClinicDateTime(ms),
    recorded: toClinicDateTime(ms + 30 * 60_000),
    primarySource: true,
    lotNumber: `${ctx.prng.int(100, 999)}-${ctx.prng.int(10, 99)}`,
    location: staff.locationRef,
    performer: nurseRole ? [{ actor: nurseRole.practitionerRef }] : undefined,
  };
}

/** Allergies for about one patient in four; returns them and the ATC codes not to prescribe. */
export function buildAllergies(
  ctx: PatientContext,
  startMs: number,
  endMs: number,
): { allergies: AllergyIntolerance[]; avoid: Set<string> } {
  const { prng } = ctx;
  const avoid = new Set<string>();
  if (!prng.chance(0.25)) {
    return { allergies: [], avoid };
  }
  const allergens = prng.sample(ALLERGENS, prng.int(1, 2));
  const allergies = allergens.map((allergen, i) => {
    for (const atc of allergen.avoid ?? []) {
      avoid.add(atc);
    }
    return allergy(ctx, allergen, startMs + prng.float(0, 0.5) * (endMs - startMs), i);
  });
  return { allergies, avoid };
}

function allergy(ctx: PatientContext, allergen: AllergenDef, ms: number, n: number): AllergyIntolerance {
  const { prng, person } = ctx;
  const reaction = prng.pick(REACTIONS);
  const recordedDate = toClinicDateTime(ms);
  return {
    resourceType: 'AllergyIntolerance',
    id: recordId(ctx, 'AllergyIntolerance', `${allergen.snomed}:${n}`),
    meta: { lastUpdated: toInstant(ms + 20 * 60_000) },
    clinicalStatus: {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical',
          code: 'active',
          display: 'Active',
        },
      ],
    },
    verificationStatus: {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification',
          code: 'confirmed',
          display: 'Confirmed',
        },
      ],
    },
    type: 'allergy',
    category: [allergen.category],
    criticality: reaction.snomed === '39579001' ? 'high' : 'low',
    code: { coding: [{ system: SNOMED, code: allergen.snomed, display: allergen.en }], text: allergen.ru },
    patient: ctx.patientRef,
    onsetString:
      person.group === 'child'
        ? 'В раннем детстве'
        : `С ${addDays(recordedDate.slice(0, 10), -365 * prng.int(1, 15)).slice(0, 4)} года`,
    recordedDate,
    reaction: [
      {
        manifestation: [
          { coding: [{ system: SNOMED, code: reaction.snomed, display: reaction.en }], text: reaction.ru },
        ],
        severity: reaction.snomed === '39579001' ? 'severe' : 'mild',
      },
    ],
  };
}
