import type { Observation } from '@medplum/fhirtypes';
import type { Measure, Trait } from './lab-catalog';
import { VITALS } from './lab-catalog';
import {
  flagOf,
  interpretation,
  loincConcept,
  measuredParts,
  measureValue,
  observationAt,
  quantity,
  referenceRange,
  round,
} from './observation-builder';
import type { Prng } from './prng';
import type { PatientContext, Visit } from './visit';

/** A patient's build: adult height stays, weight follows a body-mass index that drifts a little. */
export interface Body {
  /** Height relative to the average for age and sex (1.0 = average). */
  readonly heightFactor: number;
  readonly bmi: number;
}

export function drawBody(prng: Prng, obese: boolean): Body {
  return { heightFactor: 1 + prng.normal(0, 0.04), bmi: obese ? prng.float(31, 36) : prng.float(20, 27.5) };
}

/**
 * Vital signs taken at a visit: blood pressure (one panel with systolic and diastolic components)
 * and heart rate for adults, temperature most of the time, sometimes oxygen saturation, weight,
 * height and BMI. Values depend on the patient's baseline, traits and a little noise.
 */
export function vitalSigns(
  ctx: PatientContext,
  visit: Visit,
  body: Body,
  traits: ReadonlyMap<Trait, number>,
  baselines: Prng,
): Observation[] {
  const { prng, person } = ctx;
  const child = person.group === 'child';
  const patient = { sex: person.sex, group: person.group };
  const takenMs = visit.startMs + 5 * 60_000;
  const issuedMs = visit.endMs;
  const result: Observation[] = [];
  const simple = (key: string, measure: Measure): void => {
    const value = measureValue(prng, baselines, measure, patient, traits);
    const { parts } = measuredParts(value, measure, patient);
    result.push({
      ...observationAt(ctx, visit, key, 'vital-signs', loincConcept(measure), takenMs, issuedMs),
      ...parts,
    });
  };

  if (!child || prng.chance(0.3)) {
    const bp = observationAt(
      ctx,
      visit,
      'bp',
      'vital-signs',
      loincConcept(VITALS.bloodPressure),
      takenMs,
      issuedMs,
    );
    bp.component = [VITALS.systolic, VITALS.diastolic].map((measure) => {
      const value = measureValue(prng, baselines, measure, patient, traits);
      const { parts } = measuredParts(value, measure, patient);
      return { code: loincConcept(measure), ...parts };
    });
    result.push(bp);
  }
  if (!child || prng.chance(0.6)) {
    simple('hr', VITALS.heartRate);
  }
  if (prng.chance(child ? 0.8 : 0.55) || traits.has('inflammation')) {
    simple('temp', VITALS.temperature);
  }
  if (prng.chance(0.3)) {
    simple('spo2', VITALS.oxygenSaturation);
  }
  if (prng.chance(child ? 0.5 : 0.3)) {
    const heightCm = round(averageHeight(person.sex, visit.age) * body.heightFactor, 0);
    const bmi = round(body.bmi * (child ? 0.62 : 1) + prng.normal(0, 0.4), 1);
    const weightKg = round((bmi * heightCm * heightCm) / 10_000, 1);
    const actualBmi = round(weightKg / ((heightCm / 100) * (heightCm / 100)), 1);
    result.push({
      ...observationAt(ctx, visit, 'weight', 'vital-signs', loincConcept(VITALS.weight), takenMs, issuedMs),
      valueQuantity: quantity(weightKg, VITALS.weight),
    });
    result.push({
      ...observationAt(ctx, visit, 'height', 'vital-signs', loincConcept(VITALS.height), takenMs, issuedMs),
      valueQuantity: quantity(heightCm, VITALS.height),
    });
    if (!child) {
      const flag = flagOf(actualBmi, VITALS.bmi.range);
      result.push({
        ...observationAt(ctx, visit, 'bmi', 'vital-signs', loincConcept(VITALS.bmi), takenMs, issuedMs),
        valueQuantity: quantity(actualBmi, VITALS.bmi),
        interpretation: flag ? interpretation(flag) : undefined,
        referenceRange: referenceRange(VITALS.bmi.range, VITALS.bmi),
      });
    }
  }
  return result;
}

/** Rough average height in cm for age and sex (growth until 17). */
function averageHeight(sex: 'male' | 'female', age: number): number {
  const adult = sex === 'male' ? 177 : 164;
  if (age >= 17) {
    return age >= 75 ? adult - 3 : adult;
  }
  const childHeight = 76 + 6.1 * Math.max(age, 1);
  return Math.min(adult, childHeight);
}
