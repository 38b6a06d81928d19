import {
  type ConditionRef,
  buildCondition,
  buildEncounter,
  buildMedicationRequest,
  buildProcedure,
} from './clinical-records';
import { ageOn, clinicDate, clinicTimeOn, DAY_MS, toClinicDateTime } from './clinic-time';
import type { ConditionDef } from './conditions-catalog';
import type { DocumentPlan } from './documents';
import type { Trait } from './lab-catalog';
import { type LabOrder, orderLabs } from './lab-orders';
import { buildAllergies, buildImmunizations } from './patient-records';
import { fullName } from './person';
import { SPECIALTIES } from './specialties';
import { transliterate } from './transliterate';
import { ALTERNATIVES, MEDICATIONS, PROCEDURES } from './treatments-catalog';
import { type ChronicPlan, planVisits } from './visit-plan';
import { type PatientContext, recordId, type Visit } from './visit';
import { drawBody, vitalSigns } from './vital-signs';

/** How far back a patient's records go. */
const HISTORY_YEARS = 6;

export interface MedicalHistory {
  readonly documents: DocumentPlan[];
  /** When the patient first came, for the Patient's own `lastUpdated`. */
  readonly firstVisitMs: number;
}

/**
 * A patient's records up to `historyEnd` (a calendar date): allergies, vaccinations and 2–10
 * visits, each with an Encounter, its diagnosis (Condition), vital signs, often lab panels with
 * their DiagnosticReports, prescriptions and procedures. Chronic conditions keep their lab values
 * off the norm (less so once treated), so repeated tests draw a trend. Returns the PDFs to render.
 */
export function generateMedicalHistory(ctx: PatientContext, historyEnd: string): MedicalHistory {
  const { prng, person } = ctx;
  const endMs = clinicTimeOn(historyEnd, 0) - 3 * DAY_MS;
  const startMs = Math.max(
    clinicTimeOn(person.birthDate, 0) + 30 * DAY_MS,
    endMs - HISTORY_YEARS * 365 * DAY_MS,
  );
  const { allergies, avoid } = buildAllergies(ctx, startMs, endMs);
  ctx.out.push(...allergies, ...buildImmunizations(ctx, startMs, endMs));

  const { visits, chronic } = planVisits(prng.fork('visits'), person, startMs, endMs, historyEnd);
  const baselines = prng.fork('baselines');
  const body = drawBody(
    prng,
    chronic.some((plan) => plan.def.trait === 'obesity'),
  );
  const chronicRefs = new Map<ChronicPlan, ConditionRef>();
  const documents: DocumentPlan[] = [];

  visits.forEach((planned, index) => {
    const staffRole = prng.pick(ctx.staff.roles.filter((role) => role.specialty === planned.specialty));
    const encounterId = recordId(ctx, 'Encounter', String(index));
    const visit: Visit = {
      index,
      encounterId,
      encounterRef: { reference: `Encounter/${encounterId}` },
      staffRole,
      startMs: planned.startMs,
      endMs: planned.endMs,
      age: ageOn(person.birthDate, clinicDate(planned.startMs)),
    };
    const condition = planned.newCondition ? buildCondition(ctx, visit, planned.newCondition) : undefined;
    const conditionRef: ConditionRef | undefined = condition
      ? { reference: `Condition/${condition.id}`, display: planned.newCondition?.ru }
      : undefined;
    const chronicPlan = chronic.find((plan) => plan.diagnosedAt === index);
    if (chronicPlan && conditionRef) {
      chronicRefs.set(chronicPlan, conditionRef);
    }
    const reason = conditionRef ?? (planned.followUp ? chronicRefs.get(planned.followUp) : undefined);
    const def = planned.newCondition ?? planned.followUp?.def;
    ctx.out.push(buildEncounter(ctx, visit, reason ? [reason] : []));
    if (condition) {
      ctx.out.push(condition);
    }

    const traits = traitsAt(index, chronic, planned.newCondition);
    ctx.out.push(...vitalSigns(ctx, visit, body, traits, baselines));
    const labs = orderLabs(ctx, visit, panelsFor(ctx, visit, def, chronic), traits, baselines);
    for (const order of labs) {
      ctx.out.push(...order.observations, order.report);
    }

    const prescribed = prescriptions(ctx, def, avoid);
    for (const atc of prescribed) {
      ctx.out.push(buildMedicationRequest(ctx, visit, atc, reason, index >= visits.length - 2));
    }
    const procedures = def?.procedures && prng.chance(0.5) ? [prng.pick(def.procedures)] : [];
    for (const key of procedures) {
      ctx.out.push(buildProcedure(ctx, visit, key, reason));
    }

    if (prng.chance(0.25)) {
      documents.push(consultationPlan(ctx, visit, def, prescribed, procedures));
    }
    if (labs.length > 0 && prng.chance(0.45)) {
      documents.push(labReportPlan(ctx, visit, labs));
    }
  });
  return { documents, firstVisitMs: visits[0]?.startMs ?? endMs };
}

/** Chronic traits count fully until treatment starts, then fade to about half; acute ones count that day. */
function traitsAt(
  index: number,
  chronic: readonly ChronicPlan[],
  acute: ConditionDef | undefined,
): Map<Trait, number> {
  const traits = new Map<Trait, number>();
  for (const plan of chronic) {
    if (plan.def.trait) {
      const treatedVisits = Math.max(0, index - plan.diagnosedAt);
      traits.set(plan.def.trait, Math.max(0.45, 1 - 0.15 * treatedVisits));
    }
  }
  if (acute?.trait && !acute.chronic) {
    traits.set(acute.trait, 1);
  }
  return traits;
}

function panelsFor(
  ctx: PatientContext,
  visit: Visit,
  def: ConditionDef | undefined,
  chronic: readonly ChronicPlan[],
) {
  const { prng } = ctx;
  const panels = new Set(def?.labs && prng.chance(0.85) ? def.labs : []);
  if (prng.chance(visit.age < 18 ? 0.25 : 0.35)) {
    panels.add('cbc');
  }
  if (visit.age >= 18 && prng.chance(0.2)) {
    panels.add('biochemistry');
  }
  for (const plan of chronic) {
    if (
      plan.diagnosedAt <= visit.index &&
      plan.def.trait === 'diabetes' &&
      ['therapist', 'endocrinologist'].includes(visit.staffRole.specialty)
    ) {
      panels.add('hba1c');
    }
  }
  return [...panels];
}

function prescriptions(
  ctx: PatientContext,
  def: ConditionDef | undefined,
  avoid: ReadonlySet<string>,
): string[] {
  const { prng } = ctx;
  if (!def?.medications || !prng.chance(0.8)) {
    return [];
  }
  const choices = def.medications
    .map((atc) => (avoid.has(atc) ? ALTERNATIVES[atc] : atc))
    .filter((atc): atc is string => atc !== undefined && !avoid.has(atc));
  return prng.sample(choices, def.chronic ? prng.int(1, 2) : 1);
}

function header(ctx: PatientContext, visit: Visit): string[] {
  const { person } = ctx;
  const doctor = visit.staffRole.practitionerRef.display ?? '';
  return [
    `Patient: ${transliterate(fullName(person))}`,
    `Date of birth: ${person.birthDate}    Medical record no.: ${person.mrn}`,
    `Visit: ${toClinicDateTime(visit.startMs).slice(0, 16).replace('T', ' ')} (Moscow time)`,
    `Doctor: ${transliterate(doctor)}, ${SPECIALTIES[visit.staffRole.specialty].en}`,
    '',
  ];
}

function basePlan(
  ctx: PatientContext,
  visit: Visit,
  kind: DocumentPlan['kind'],
  key: string,
  dateMs: number,
) {
  return {
    kind,
    documentId: recordId(ctx, 'DocumentReference', `${visit.index}:${key}`),
    binaryId: recordId(ctx, 'Binary', `${visit.index}:${key}`),
    inline: ctx.prng.chance(0.2),
    patientRef: ctx.patientRef,
    encounterRef: visit.encounterRef,
    authorRef: visit.staffRole.practitionerRef,
    custodianRef: ctx.staff.organizationRef,
    visitStartMs: visit.startMs,
    visitEndMs: visit.endMs,
    dateMs,
  };
}

function consultationPlan(
  ctx: PatientContext,
  visit: Visit,
  def: ConditionDef | undefined,
  medications: readonly string[],
  procedures: readonly string[],
): DocumentPlan {
  const specialty = SPECIALTIES[visit.staffRole.specialty];
  const date = clinicDate(visit.startMs);
  return {
    ...basePlan(ctx, visit, 'consultation', 'consultation', visit.endMs + 15 * 60_000),
    titleRu: `Консультативное заключение: ${specialty.ru.toLowerCase()}, ${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`,
    heading: `Consultation note: ${specialty.en}`,
    lines: [
      ...header(ctx, visit),
      def ? `Diagnosis (ICD-10): ${def.icd10} ${def.en}` : 'Diagnosis: no pathology found',
      ...medications.map((atc) => `Prescribed: ${MEDICATIONS[atc].en}`),
      ...procedures.map((key) => `Procedure: ${PROCEDURES[key].en}`),
      'Recommendations: follow the treatment plan; come back if symptoms persist.',
    ],
  };
}

function labReportPlan(ctx: PatientContext, visit: Visit, labs: readonly LabOrder[]): DocumentPlan {
  const date = clinicDate(visit.startMs);
  return {
    ...basePlan(ctx, visit, 'lab-report', 'lab-report', labs[0].issuedMs),
    titleRu: `Результаты анализов от ${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`,
    heading: 'Laboratory report',
    lines: [
      ...header(ctx, visit),
      ...labs.flatMap((order) => [
        `${order.panel.en}:`,
        ...order.rows.map(
          (row) =>
            `   ${row.test}: ${row.value} ${row.unit}  (reference ${row.range || 'n/a'})  ${row.flag ?? ''}`,
        ),
      ]),
    ],
  };
}
