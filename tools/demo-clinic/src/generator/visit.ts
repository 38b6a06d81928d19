import type { Encounter, Patient, Reference, Resource } from '@medplum/fhirtypes';
import type { ClinicStaff, StaffRole } from './clinic-staff';
import type { Person } from './person';
import type { Prng } from './prng';
import { stableId } from './resource-ids';

/** What every builder of one patient's records needs. */
export interface PatientContext {
  readonly seed: number;
  readonly person: Person;
  readonly patientRef: Reference<Patient>;
  readonly staff: ClinicStaff;
  readonly prng: Prng;
  /** Where the built resources go, in the order they are created. */
  readonly out: Resource[];
}

/** One visit to a doctor. */
export interface Visit {
  readonly index: number;
  readonly encounterId: string;
  readonly encounterRef: Reference<Encounter>;
  readonly staffRole: StaffRole;
  readonly startMs: number;
  readonly endMs: number;
  /** Age in whole years on the day of the visit. */
  readonly age: number;
}

/** A stable id for the `n`-th resource of `kind` made for this patient's visit (or for the patient). */
export function recordId(ctx: PatientContext, kind: string, key: string): string {
  return stableId(ctx.seed, kind, `${ctx.person.id}:${key}`);
}
