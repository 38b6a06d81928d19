import { ageOn, clinicDate, clinicTimeOn, DAY_MS, isoWeekday } from './clinic-time';
import { CONDITIONS, type ConditionDef, fitsPatient } from './conditions-catalog';
import type { Person } from './person';
import type { Prng } from './prng';
import type { SpecialtyCode } from './specialties';

/** A chronic condition a patient has, and the specialty that diagnoses it. */
export interface ChronicPlan {
  readonly def: ConditionDef;
  readonly specialty: SpecialtyCode;
  /** The visit at which it is first diagnosed. */
  readonly diagnosedAt: number;
}

/** What one visit is for: a new diagnosis, a follow-up of a chronic one, or nothing in particular. */
export interface PlannedVisit {
  readonly startMs: number;
  readonly endMs: number;
  readonly specialty: SpecialtyCode;
  readonly newCondition?: ConditionDef;
  readonly followUp?: ChronicPlan;
}

const ADULT_WEIGHTS: readonly [SpecialtyCode, number][] = [
  ['therapist', 40],
  ['cardiologist', 8],
  ['neurologist', 8],
  ['ophthalmologist', 8],
  ['otorhinolaryngologist', 7],
  ['dermatologist', 6],
  ['gynecologist', 9],
  ['surgeon', 6],
  ['endocrinologist', 7],
];
const CHILD_WEIGHTS: readonly [SpecialtyCode, number][] = [
  ['pediatrician', 70],
  ['otorhinolaryngologist', 10],
  ['ophthalmologist', 8],
  ['dermatologist', 7],
  ['surgeon', 5],
];

/**
 * Plans a patient's visits between `startMs` and `endMs`: how many (2–10, more for the elderly),
 * when (weekdays, 09:00–16:30 clinic time, oldest first), to which specialty, and which chronic
 * conditions are diagnosed where and followed up later.
 */
export function planVisits(
  prng: Prng,
  person: Person,
  startMs: number,
  endMs: number,
  onDate: string,
): {
  visits: PlannedVisit[];
  chronic: ChronicPlan[];
} {
  const count =
    person.group === 'elderly' ? prng.int(4, 10) : person.group === 'adult' ? prng.int(2, 8) : prng.int(2, 7);
  const starts = visitTimes(prng, count, startMs, endMs);
  const age = ageOn(person.birthDate, onDate);
  const chronic = pickChronic(prng, person, age, starts.length);
  const visits = starts.map((start, index): PlannedVisit => {
    const endMsOfVisit = start + prng.int(20, 40) * 60_000;
    const diagnosed = chronic.find((plan) => plan.diagnosedAt === index);
    if (diagnosed) {
      return {
        startMs: start,
        endMs: endMsOfVisit,
        specialty: diagnosed.specialty,
        newCondition: diagnosed.def,
      };
    }
    const known = chronic.filter((plan) => plan.diagnosedAt < index);
    if (known.length > 0 && prng.chance(0.35)) {
      const followUp = prng.pick(known);
      return { startMs: start, endMs: endMsOfVisit, specialty: followUp.specialty, followUp };
    }
    const visitAge = ageOn(person.birthDate, clinicDate(start));
    const specialty = pickSpecialty(prng, person, visitAge);
    const acute = CONDITIONS[specialty].filter(
      (def) => !def.chronic && fitsPatient(def, person.sex, visitAge),
    );
    const newCondition = acute.length > 0 && prng.chance(0.9) ? prng.pick(acute) : undefined;
    return { startMs: start, endMs: endMsOfVisit, specialty, newCondition };
  });
  return { visits, chronic };
}

function visitTimes(prng: Prng, count: number, startMs: number, endMs: number): number[] {
  const times = new Set<number>();
  for (let attempt = 0; times.size < count && attempt < count * 20; attempt++) {
    let date = clinicDate(startMs + prng.next() * (endMs - startMs));
    const weekday = isoWeekday(date);
    if (weekday > 5) {
      date = clinicDate(clinicTimeOn(date, 12) + (8 - weekday) * DAY_MS);
    }
    const ms = clinicTimeOn(date, 9, prng.int(0, 15) * 30);
    if (ms < endMs) {
      times.add(ms);
    }
  }
  return [...times].sort((a, b) => a - b);
}

function pickChronic(prng: Prng, person: Person, age: number, visits: number): ChronicPlan[] {
  const wanted =
    person.group === 'elderly'
      ? prng.int(1, 3)
      : person.group === 'child'
        ? prng.chance(0.15)
          ? 1
          : 0
        : age >= 40
          ? prng.int(0, 2)
          : prng.chance(0.25)
            ? 1
            : 0;
  const specialties: readonly SpecialtyCode[] =
    person.group === 'child'
      ? ['pediatrician', 'dermatologist', 'ophthalmologist']
      : ADULT_WEIGHTS.map(([code]) => code);
  const candidates: { def: ConditionDef; specialty: SpecialtyCode }[] = [];
  for (const specialty of specialties) {
    for (const def of CONDITIONS[specialty]) {
      if (
        def.chronic &&
        fitsPatient(def, person.sex, age) &&
        !candidates.some((c) => c.def.icd10 === def.icd10)
      ) {
        candidates.push({ def, specialty });
      }
    }
  }
  const chosen = prng.sample(candidates, Math.min(wanted, visits));
  const visitIndexes = prng.sample(
    Array.from({ length: visits }, (_, i) => i),
    chosen.length,
  );
  return chosen.map((choice, i) => ({ ...choice, diagnosedAt: visitIndexes[i] }));
}

function pickSpecialty(prng: Prng, person: Person, age: number): SpecialtyCode {
  const table = age < 18 ? CHILD_WEIGHTS : ADULT_WEIGHTS;
  const weights = table.map(([code, weight]) => {
    if (code === 'gynecologist') {
      return person.sex === 'female' && age >= 16 ? weight : 0;
    }
    if (code === 'cardiologist') {
      return age >= 40 ? weight * 1.5 : weight / 3;
    }
    return weight;
  });
  return prng.weighted(
    table.map(([code]) => code),
    weights,
  );
}
