import type { DiagnosticReport, Observation } from '@medplum/fhirtypes';
import { toClinicDateTime, toInstant } from './clinic-time';
import { LAB_PANELS, type LabPanel, type Trait } from './lab-catalog';
import {
  type Flag,
  loincConcept,
  measuredParts,
  measureValue,
  observationAt,
  rangeText,
} from './observation-builder';
import type { Prng } from './prng';
import { type PatientContext, recordId, type Visit } from './visit';

/** One line of a lab report, for the PDF. */
export interface LabRow {
  readonly test: string;
  readonly value: number;
  readonly unit: string;
  readonly range: string;
  readonly flag?: Flag;
}

export interface LabOrder {
  readonly panel: LabPanel;
  readonly report: DiagnosticReport & { id: string };
  readonly observations: (Observation & { id: string })[];
  readonly rows: LabRow[];
  readonly issuedMs: number;
}

/**
 * The lab panels ordered at a visit: one `Observation` per test (with reference range and H/L/N
 * interpretation) and a `DiagnosticReport` whose `result` lists them. Blood is taken during the
 * visit; results are issued the next afternoon.
 */
export function orderLabs(
  ctx: PatientContext,
  visit: Visit,
  panels: readonly LabPanel['code'][],
  traits: ReadonlyMap<Trait, number>,
  baselines: Prng,
): LabOrder[] {
  const { prng, person } = ctx;
  const patient = { sex: person.sex, group: person.group };
  const collectedMs = visit.startMs + 15 * 60_000;
  const issuedMs = startOfNextDay(visit.startMs) + prng.int(9 * 60, 15 * 60) * 60_000;
  return panels.map((code) => {
    const panel = LAB_PANELS[code];
    const observations: (Observation & { id: string })[] = [];
    const rows: LabRow[] = [];
    for (const test of panel.tests) {
      const value = measureValue(prng, baselines, test, patient, traits);
      const { flag, parts } = measuredParts(value, test, patient);
      const range = test.range?.(patient.sex, patient.group);
      observations.push({
        ...observationAt(
          ctx,
          visit,
          `${code}:${test.loinc}`,
          'laboratory',
          loincConcept(test),
          collectedMs,
          issuedMs,
        ),
        ...parts,
      });
      rows.push({
        test: test.en,
        value,
        unit: test.ucum,
        range: range ? rangeText(range, { ucum: test.ucum, unit: test.ucum }) : '',
        flag,
      });
    }
    const abnormal = rows.filter((row) => row.flag && row.flag !== 'N').length;
    const report: DiagnosticReport & { id: string } = {
      resourceType: 'DiagnosticReport',
      id: recordId(ctx, 'DiagnosticReport', `${visit.index}:${code}`),
      meta: { lastUpdated: toInstant(issuedMs) },
      status: 'final',
      category: [
        {
          coding: [
            { system: 'http://terminology.hl7.org/CodeSystem/v2-0074', code: 'LAB', display: 'Laboratory' },
          ],
          text: 'Лабораторные исследования',
        },
      ],
      code: loincConcept(panel),
      subject: ctx.patientRef,
      encounter: visit.encounterRef,
      effectiveDateTime: toClinicDateTime(collectedMs),
      issued: toInstant(issuedMs),
      performer: [ctx.staff.organizationRef],
      resultsInterpreter: [visit.staffRole.practitionerRef],
      result: observations.map((observation) => ({
        reference: `Observation/${observation.id}`,
        display: observation.code?.text,
      })),
      conclusion: abnormal === 0 ? 'Показатели в пределах нормы.' : `Отклонения от нормы: ${abnormal}.`,
    };
    return { panel, report, observations, rows, issuedMs };
  });
}

/** Midnight UTC after `ms`; plus 9–15 hours it is the next afternoon in Moscow. */
function startOfNextDay(ms: number): number {
  const day = 24 * 60 * 60 * 1000;
  return Math.floor(ms / day) * day + day;
}
