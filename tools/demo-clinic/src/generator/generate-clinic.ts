import type { Resource } from '@medplum/fhirtypes';
import { generateClinicStaff } from './clinic-staff';
import { addDays, clinicTimeOn, DAY_MS, toInstant } from './clinic-time';
import { type DemoPeople, demoPeople } from './demo-people';
import { type DocumentPlan, renderDocument } from './documents';
import { generateMedicalHistory } from './medical-history';
import { buildPatient, buildRelatedPerson } from './patient-resources';
import { generatePopulation } from './population';
import { Prng } from './prng';
import { generateSchedules } from './schedules';

export const DEFAULT_PATIENTS = 200;
export const DEFAULT_SEED = 1;
/**
 * The generated medical history ends three days before this date (clinic calendar). It is fixed,
 * not "today", so that one seed always gives the same records; only the schedule follows the clock.
 */
export const HISTORY_END = '2026-10-01';

export interface GenerateClinicOptions {
  /** Number of patients, at least 1 (default 200). */
  readonly patients?: number;
  /** Any integer (default 1). */
  readonly seed?: number;
  /** The moment schedules and free slots are counted from (default: now). */
  readonly now?: Date;
  /** Calendar date the history ends at (default `HISTORY_END`). */
  readonly historyEnd?: string;
}

export interface GeneratedClinic {
  readonly seed: number;
  readonly patients: number;
  readonly historyEnd: string;
  /** ISO instant the schedules start from. */
  readonly now: string;
  /** Every resource, with ids and `meta.lastUpdated`, in an order safe to load. */
  readonly resources: readonly Resource[];
  readonly demo: DemoPeople;
  /** Number of resources per resource type. */
  readonly counts: Readonly<Record<string, number>>;
}

/**
 * Generates the demo clinic: the organization, its doctors and their schedules with free slots,
 * patients (adults, children with a parent, elderly people, namesakes, twins) and their medical
 * records with PDF documents. Everything except the schedules derives from the seed alone.
 */
export async function generateClinic(options: GenerateClinicOptions = {}): Promise<GeneratedClinic> {
  const patients = options.patients ?? DEFAULT_PATIENTS;
  const seed = options.seed ?? DEFAULT_SEED;
  const historyEnd = options.historyEnd ?? HISTORY_END;
  const nowMs = (options.now ?? new Date()).getTime();
  if (!Number.isInteger(patients) || patients < 1) {
    throw new Error(`patients must be a positive integer, got ${patients}`);
  }
  if (!Number.isInteger(seed)) {
    throw new Error(`seed must be an integer, got ${seed}`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(historyEnd)) {
    throw new Error(`historyEnd must be a date YYYY-MM-DD, got ${historyEnd}`);
  }

  const root = new Prng(seed);
  const staff = generateClinicStaff(
    root.fork('staff'),
    seed,
    toInstant(clinicTimeOn(addDays(historyEnd, -700), 9)),
  );
  const population = generatePopulation(root, seed, patients, historyEnd);

  const registry: Resource[] = [
    staff.organization,
    staff.location,
    ...staff.practitioners,
    ...staff.roles.map((r) => r.role),
  ];
  const people: Resource[] = [];
  const relatives: Resource[] = [];
  const records: Resource[] = [];
  const plans: DocumentPlan[] = [];
  const registeredAt = new Map<string, string>();

  for (const person of population.people) {
    const out: Resource[] = [];
    const patientRef = {
      reference: `Patient/${person.id}`,
      display: `${person.family} ${person.given} ${person.patronymic}`,
    };
    const ctx = { seed, person, patientRef, staff, prng: root.fork(`patient:${person.index}`), out };
    const history = generateMedicalHistory(ctx, historyEnd);
    const lastUpdated = toInstant(history.firstVisitMs - DAY_MS);
    registeredAt.set(person.id, lastUpdated);
    people.push(buildPatient(person, seed, population.kinships, staff.organizationRef, lastUpdated));
    records.push(...out);
    plans.push(...history.documents);
  }
  for (const kinship of population.kinships) {
    relatives.push(
      buildRelatedPerson(kinship, seed, registeredAt.get(kinship.patient.id) ?? toInstant(nowMs)),
    );
  }

  const documents: Resource[] = [];
  for (const plan of plans) {
    const rendered = await renderDocument(plan);
    if (rendered.binary) {
      documents.push(rendered.binary);
    }
    documents.push(rendered.documentReference);
  }

  const featured = new Set([
    ...population.featured.patients.map((person) => person.id),
    ...[population.featured.child, population.featured.parent].flatMap((person) =>
      person ? [person.id] : [],
    ),
  ]);
  const schedules = generateSchedules(staff, seed, nowMs, population.people, featured);
  const resources = [
    ...registry,
    ...people,
    ...relatives,
    ...records,
    ...documents,
    ...schedules.schedules,
    ...schedules.slots,
    ...schedules.appointments,
  ];
  return {
    seed,
    patients,
    historyEnd,
    now: toInstant(nowMs),
    resources,
    demo: demoPeople(population.featured),
    counts: countByType(resources),
  };
}

export function countByType(resources: readonly Resource[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const resource of resources) {
    counts[resource.resourceType] = (counts[resource.resourceType] ?? 0) + 1;
  }
  return counts;
}
