import type { Condition, Encounter, MedicationRequest, Procedure, Reference } from '@medplum/fhirtypes';

/** A reference to the diagnosis a record is about. */
export type ConditionRef = Reference<Condition>;
import { DAY_MS, toClinicDateTime, toInstant } from './clinic-time';
import { type ConditionDef, ICD10 } from './conditions-catalog';
import { SPECIALTIES, specialtyConcept } from './specialties';
import { ATC, MEDICATIONS, PROCEDURES, RU_SERVICES, SNOMED } from './treatments-catalog';
import { type PatientContext, recordId, type Visit } from './visit';

/** A finished outpatient visit; `diagnoses` are the conditions dealt with at it. */
export function buildEncounter(
  ctx: PatientContext,
  visit: Visit,
  diagnoses: readonly ConditionRef[],
): Encounter {
  const specialty = SPECIALTIES[visit.staffRole.specialty];
  return {
    resourceType: 'Encounter',
    id: visit.encounterId,
    meta: { lastUpdated: toInstant(visit.endMs + 10 * 60_000) },
    status: 'finished',
    class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB', display: 'ambulatory' },
    type: [
      { coding: [{ system: SNOMED, code: '11429006', display: 'Consultation' }], text: specialty.visitRu },
    ],
    serviceType: specialtyConcept(visit.staffRole.specialty),
    subject: ctx.patientRef,
    participant: [
      {
        type: [
          {
            coding: [
              {
                system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
                code: 'PPRF',
                display: 'primary performer',
              },
            ],
          },
        ],
        individual: visit.staffRole.practitionerRef,
      },
    ],
    period: { start: toClinicDateTime(visit.startMs), end: toClinicDateTime(visit.endMs) },
    reasonReference: diagnoses.length > 0 ? [...diagnoses] : undefined,
    diagnosis:
      diagnoses.length > 0 ? diagnoses.map((condition, i) => ({ condition, rank: i + 1 })) : undefined,
    serviceProvider: ctx.staff.organizationRef,
    location: [{ location: ctx.staff.locationRef, status: 'completed' }],
  };
}

/** A diagnosis made at a visit; acute ones are resolved two weeks later. */
export function buildCondition(
  ctx: PatientContext,
  visit: Visit,
  def: ConditionDef,
): Condition & { id: string } {
  const resolved = !def.chronic;
  return {
    resourceType: 'Condition',
    id: recordId(ctx, 'Condition', `${visit.index}:${def.icd10}`),
    meta: { lastUpdated: toInstant(visit.endMs + 5 * 60_000) },
    clinicalStatus: {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
          code: resolved ? 'resolved' : 'active',
          display: resolved ? 'Resolved' : 'Active',
        },
      ],
    },
    verificationStatus: {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
          code: 'confirmed',
          display: 'Confirmed',
        },
      ],
    },
    category: [
      {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/condition-category',
            code: 'encounter-diagnosis',
            display: 'Encounter Diagnosis',
          },
        ],
        text: 'Диагноз',
      },
    ],
    code: { coding: [{ system: ICD10, code: def.icd10, display: def.ru }], text: def.ru },
    subject: ctx.patientRef,
    encounter: visit.encounterRef,
    onsetDateTime: toClinicDateTime(visit.startMs - ctx.prng.int(1, def.chronic ? 90 : 5) * DAY_MS),
    abatementDateTime: resolved ? toClinicDateTime(visit.startMs + 14 * DAY_MS) : undefined,
    recordedDate: toClinicDateTime(visit.startMs),
    recorder: visit.staffRole.practitionerRef,
    asserter: visit.staffRole.practitionerRef,
  };
}

/** A prescription; long-term medicines stay active, courses are completed. */
export function buildMedicationRequest(
  ctx: PatientContext,
  visit: Visit,
  atc: string,
  reason: ConditionRef | undefined,
  isLatestVisit: boolean,
): MedicationRequest {
  const medication = MEDICATIONS[atc];
  return {
    resourceType: 'MedicationRequest',
    id: recordId(ctx, 'MedicationRequest', `${visit.index}:${atc}`),
    meta: { lastUpdated: toInstant(visit.endMs) },
    status: medication.longTerm && isLatestVisit ? 'active' : 'completed',
    intent: 'order',
    medicationCodeableConcept: {
      coding: [{ system: ATC, code: atc, display: medication.en }],
      text: medication.ru,
    },
    subject: ctx.patientRef,
    encounter: visit.encounterRef,
    authoredOn: toClinicDateTime(visit.endMs - 5 * 60_000),
    requester: visit.staffRole.practitionerRef,
    reasonReference: reason ? [reason] : undefined,
    dosageInstruction: [{ text: medication.dosage }],
  };
}

/** A procedure done at the clinic on the day of the visit. */
export function buildProcedure(
  ctx: PatientContext,
  visit: Visit,
  key: string,
  reason: ConditionRef | undefined,
): Procedure {
  const procedure = PROCEDURES[key];
  const startMs = visit.endMs + ctx.prng.int(10, 90) * 60_000;
  const codings = [{ system: RU_SERVICES, code: procedure.service, display: procedure.ru }];
  if (procedure.snomed) {
    codings.push({ system: SNOMED, code: procedure.snomed, display: procedure.en });
  }
  return {
    resourceType: 'Procedure',
    id: recordId(ctx, 'Procedure', `${visit.index}:${key}`),
    meta: { lastUpdated: toInstant(startMs + 40 * 60_000) },
    status: 'completed',
    code: { coding: codings, text: procedure.ru },
    subject: ctx.patientRef,
    encounter: visit.encounterRef,
    performedPeriod: { start: toClinicDateTime(startMs), end: toClinicDateTime(startMs + 20 * 60_000) },
    performer: [{ actor: visit.staffRole.practitionerRef }],
    location: ctx.staff.locationRef,
    reasonReference: reason ? [reason] : undefined,
  };
}
