import type { CodeableConcept, Observation, ObservationReferenceRange, Quantity } from '@medplum/fhirtypes';
import { toClinicDateTime, toInstant } from './clinic-time';
import { LOINC, type Measure, type RefRange, type Trait, UCUM } from './lab-catalog';
import type { Sex, AgeGroup } from './person';
import type { Prng } from './prng';
import { type PatientContext, recordId, type Visit } from './visit';

export type Flag = 'H' | 'L' | 'N';

const INTERPRETATION_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation';
const FLAGS: Readonly<Record<Flag, { en: string; ru: string }>> = {
  H: { en: 'High', ru: 'Выше нормы' },
  L: { en: 'Low', ru: 'Ниже нормы' },
  N: { en: 'Normal', ru: 'Норма' },
};

const CATEGORIES = {
  'vital-signs': { display: 'Vital Signs', ru: 'Показатели жизнедеятельности' },
  laboratory: { display: 'Laboratory', ru: 'Лабораторные исследования' },
} as const;

/** A unit-bearing thing: a measure, or a vital sign with only a unit. */
export interface Unit {
  readonly ucum: string;
  readonly unit: string;
}

export function quantity(value: number, unit: Unit): Quantity {
  return { value, unit: unit.unit, system: UCUM, code: unit.ucum };
}

export function flagOf(value: number, range: RefRange | undefined): Flag | undefined {
  if (!range) {
    return undefined;
  }
  if (range.low !== undefined && value < range.low) {
    return 'L';
  }
  if (range.high !== undefined && value > range.high) {
    return 'H';
  }
  return 'N';
}

export function interpretation(flag: Flag): CodeableConcept[] {
  return [
    {
      coding: [{ system: INTERPRETATION_SYSTEM, code: flag, display: FLAGS[flag].en }],
      text: FLAGS[flag].ru,
    },
  ];
}

/** `130–160 г/л`, `< 41 Ед/л`. */
export function rangeText(range: RefRange, unit: Unit): string {
  if (range.low !== undefined && range.high !== undefined) {
    return `${range.low}–${range.high} ${unit.unit}`;
  }
  return range.high !== undefined ? `< ${range.high} ${unit.unit}` : `> ${range.low} ${unit.unit}`;
}

export function referenceRange(range: RefRange, unit: Unit): ObservationReferenceRange[] {
  return [
    {
      low: range.low !== undefined ? quantity(range.low, unit) : undefined,
      high: range.high !== undefined ? quantity(range.high, unit) : undefined,
      type: {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/referencerange-meaning',
            code: 'normal',
            display: 'Normal Range',
          },
        ],
        text: 'Норма',
      },
      text: rangeText(range, unit),
    },
  ];
}

export function loincConcept(code: { loinc: string; en: string; ru: string }): CodeableConcept {
  return { coding: [{ system: LOINC, code: code.loinc, display: code.en }], text: code.ru };
}

/** A patient's own level of a measure plus noise, moved by their traits, rounded like a lab prints it. */
export function measureValue(
  prng: Prng,
  baselinePrng: Prng,
  measure: Measure,
  patient: { sex: Sex; group: AgeGroup },
  traits: ReadonlyMap<Trait, number>,
): number {
  const baseline = baselinePrng
    .fork(measure.loinc)
    .normal(measure.mean(patient.sex, patient.group), measure.sd * 0.7);
  let value = baseline + prng.normal(0, measure.sd * 0.45);
  for (const [trait, factor] of traits) {
    value += (measure.shifts?.[trait] ?? 0) * factor;
  }
  const floor = measure.min ?? 10 ** -measure.decimals;
  return round(Math.max(floor, value), measure.decimals);
}

export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** An Observation of a patient at a visit, with category, code, times and performer; the value is added by the caller. */
export function observationAt(
  ctx: PatientContext,
  visit: Visit,
  key: string,
  category: keyof typeof CATEGORIES,
  code: CodeableConcept,
  effectiveMs: number,
  issuedMs: number,
): Observation & { id: string } {
  return {
    resourceType: 'Observation',
    id: recordId(ctx, 'Observation', `${visit.index}:${key}`),
    meta: { lastUpdated: toInstant(issuedMs) },
    status: 'final',
    category: [
      {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/observation-category',
            code: category,
            display: CATEGORIES[category].display,
          },
        ],
        text: CATEGORIES[category].ru,
      },
    ],
    code,
    subject: ctx.patientRef,
    encounter: visit.encounterRef,
    effectiveDateTime: toClinicDateTime(effectiveMs),
    issued: toInstant(issuedMs),
    performer: [visit.staffRole.practitionerRef],
  };
}

/** Value, reference range and H/L/N interpretation of one measured quantity. */
export function measuredParts(
  value: number,
  measure: Measure,
  patient: { sex: Sex; group: AgeGroup },
): { parts: Pick<Observation, 'valueQuantity' | 'interpretation' | 'referenceRange'>; flag?: Flag } {
  const range = measure.range?.(patient.sex, patient.group);
  const flag = flagOf(value, range);
  return {
    parts: {
      valueQuantity: quantity(value, measure),
      interpretation: flag ? interpretation(flag) : undefined,
      referenceRange: range ? referenceRange(range, measure) : undefined,
    },
    flag,
  };
}
