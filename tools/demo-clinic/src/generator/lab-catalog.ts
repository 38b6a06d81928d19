import type { AgeGroup, Sex } from './person';

export const LOINC = 'http://loinc.org';
export const UCUM = 'http://unitsofmeasure.org';

/** Conditions that move a patient's measurements away from the usual values. */
export type Trait =
  'diabetes' | 'hypertension' | 'dyslipidemia' | 'hypothyroidism' | 'anemia' | 'inflammation' | 'obesity';

export interface RefRange {
  readonly low?: number;
  readonly high?: number;
}

/** One measured quantity: a lab test, a vital sign or a component of one. */
export interface Measure {
  readonly loinc: string;
  readonly en: string;
  readonly ru: string;
  /** UCUM code. */
  readonly ucum: string;
  /** The unit as a Russian report prints it. */
  readonly unit: string;
  readonly decimals: number;
  /** Typical value for a healthy person, and spread between people. */
  readonly mean: (sex: Sex, group: AgeGroup) => number;
  readonly sd: number;
  readonly range?: (sex: Sex, group: AgeGroup) => RefRange;
  /** How much a trait adds to the value. */
  readonly shifts?: Partial<Record<Trait, number>>;
  readonly min?: number;
}

export interface LabPanel {
  readonly code: 'cbc' | 'biochemistry' | 'hba1c' | 'tsh';
  readonly loinc: string;
  readonly en: string;
  readonly ru: string;
  readonly tests: readonly Measure[];
}

const bySex = (male: number, female: number) => (sex: Sex) => (sex === 'male' ? male : female);

const HEMOGLOBIN: Measure = {
  loinc: '718-7',
  en: 'Hemoglobin [Mass/volume] in Blood',
  ru: 'Гемоглобин',
  ucum: 'g/L',
  unit: 'г/л',
  decimals: 0,
  sd: 8,
  mean: (sex, group) => (group === 'child' ? 125 : bySex(148, 132)(sex)),
  range: (sex, group) =>
    group === 'child'
      ? { low: 110, high: 140 }
      : sex === 'male'
        ? { low: 130, high: 160 }
        : { low: 120, high: 140 },
  shifts: { anemia: -28 },
};
const ERYTHROCYTES: Measure = {
  loinc: '789-8',
  en: 'Erythrocytes [#/volume] in Blood by Automated count',
  ru: 'Эритроциты',
  ucum: '10*12/L',
  unit: '×10¹²/л',
  decimals: 2,
  sd: 0.25,
  mean: (sex, group) => (group === 'child' ? 4.5 : bySex(4.6, 4.3)(sex)),
  range: (sex) => (sex === 'male' ? { low: 4.0, high: 5.0 } : { low: 3.9, high: 4.7 }),
  shifts: { anemia: -0.7 },
};
const LEUKOCYTES: Measure = {
  loinc: '6690-2',
  en: 'Leukocytes [#/volume] in Blood by Automated count',
  ru: 'Лейкоциты',
  ucum: '10*9/L',
  unit: '×10⁹/л',
  decimals: 1,
  sd: 1.1,
  mean: () => 6.3,
  range: () => ({ low: 4.0, high: 9.0 }),
  shifts: { inflammation: 5.5 },
};
const PLATELETS: Measure = {
  loinc: '777-3',
  en: 'Platelets [#/volume] in Blood by Automated count',
  ru: 'Тромбоциты',
  ucum: '10*9/L',
  unit: '×10⁹/л',
  decimals: 0,
  sd: 35,
  mean: () => 250,
  range: () => ({ low: 180, high: 320 }),
};
const ESR: Measure = {
  loinc: '4537-7',
  en: 'Erythrocyte sedimentation rate by Westergren method',
  ru: 'СОЭ',
  ucum: 'mm/h',
  unit: 'мм/ч',
  decimals: 0,
  sd: 3,
  min: 1,
  mean: (sex) => bySex(6, 9)(sex),
  range: (sex) => (sex === 'male' ? { low: 2, high: 10 } : { low: 2, high: 15 }),
  shifts: { inflammation: 18, anemia: 6 },
};
const GLUCOSE: Measure = {
  loinc: '2345-7',
  en: 'Glucose [Moles/volume] in Serum or Plasma',
  ru: 'Глюкоза',
  ucum: 'mmol/L',
  unit: 'ммоль/л',
  decimals: 1,
  sd: 0.35,
  mean: () => 5.0,
  range: () => ({ low: 3.9, high: 6.1 }),
  shifts: { diabetes: 3.2, obesity: 0.5 },
};
const CHOLESTEROL: Measure = {
  loinc: '2093-3',
  en: 'Cholesterol [Moles/volume] in Serum or Plasma',
  ru: 'Холестерин общий',
  ucum: 'mmol/L',
  unit: 'ммоль/л',
  decimals: 1,
  sd: 0.45,
  mean: (_sex, group) => (group === 'elderly' ? 5.0 : 4.5),
  range: () => ({ low: 3.0, high: 5.2 }),
  shifts: { dyslipidemia: 1.9, hypothyroidism: 0.8, obesity: 0.5 },
};
const CREATININE: Measure = {
  loinc: '2160-0',
  en: 'Creatinine [Moles/volume] in Serum or Plasma',
  ru: 'Креатинин',
  ucum: 'umol/L',
  unit: 'мкмоль/л',
  decimals: 0,
  sd: 9,
  mean: (sex, group) => (group === 'child' ? 45 : bySex(86, 66)(sex)),
  range: (sex, group) =>
    group === 'child'
      ? { low: 27, high: 62 }
      : sex === 'male'
        ? { low: 62, high: 106 }
        : { low: 44, high: 80 },
  shifts: { diabetes: 12, hypertension: 8 },
};
const ALT: Measure = {
  loinc: '1742-6',
  en: 'Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma',
  ru: 'АЛТ',
  ucum: 'U/L',
  unit: 'Ед/л',
  decimals: 0,
  sd: 7,
  min: 5,
  mean: (sex) => bySex(24, 18)(sex),
  range: (sex) => ({ high: sex === 'male' ? 41 : 33 }),
  shifts: { obesity: 18 },
};
const AST: Measure = {
  loinc: '1920-8',
  en: 'Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma',
  ru: 'АСТ',
  ucum: 'U/L',
  unit: 'Ед/л',
  decimals: 0,
  sd: 6,
  min: 5,
  mean: (sex) => bySex(24, 20)(sex),
  range: (sex) => ({ high: sex === 'male' ? 40 : 32 }),
  shifts: { obesity: 9 },
};
const HBA1C: Measure = {
  loinc: '4548-4',
  en: 'Hemoglobin A1c/Hemoglobin.total in Blood',
  ru: 'Гликированный гемоглобин (HbA1c)',
  ucum: '%',
  unit: '%',
  decimals: 1,
  sd: 0.3,
  mean: () => 5.3,
  range: () => ({ low: 4.0, high: 6.0 }),
  shifts: { diabetes: 2.6, obesity: 0.3 },
};
const TSH: Measure = {
  loinc: '3016-3',
  en: 'Thyrotropin [Units/volume] in Serum or Plasma',
  ru: 'Тиреотропный гормон (ТТГ)',
  ucum: 'm[IU]/L',
  unit: 'мМЕ/л',
  decimals: 2,
  sd: 0.6,
  min: 0.2,
  mean: () => 1.9,
  range: () => ({ low: 0.4, high: 4.0 }),
  shifts: { hypothyroidism: 6.5 },
};

export const LAB_PANELS: Readonly<Record<LabPanel['code'], LabPanel>> = {
  cbc: {
    code: 'cbc',
    loinc: '58410-2',
    en: 'CBC panel - Blood by Automated count',
    ru: 'Общий (клинический) анализ крови',
    tests: [HEMOGLOBIN, ERYTHROCYTES, LEUKOCYTES, PLATELETS, ESR],
  },
  biochemistry: {
    code: 'biochemistry',
    loinc: '24323-8',
    en: 'Comprehensive metabolic 2000 panel - Serum or Plasma',
    ru: 'Биохимический анализ крови',
    tests: [GLUCOSE, CHOLESTEROL, CREATININE, ALT, AST],
  },
  hba1c: { code: 'hba1c', loinc: '4548-4', en: HBA1C.en, ru: HBA1C.ru, tests: [HBA1C] },
  tsh: { code: 'tsh', loinc: '3016-3', en: TSH.en, ru: TSH.ru, tests: [TSH] },
};

/** Vital signs as separate measures; blood pressure is one panel with two components. */
export const VITALS = {
  bloodPressure: {
    loinc: '85354-9',
    en: 'Blood pressure panel with all children optional',
    ru: 'Артериальное давление',
  },
  systolic: {
    loinc: '8480-6',
    en: 'Systolic blood pressure',
    ru: 'Систолическое АД',
    ucum: 'mm[Hg]',
    unit: 'мм рт. ст.',
    decimals: 0,
    sd: 9,
    mean: (_sex, group) => (group === 'child' ? 102 : group === 'elderly' ? 132 : 120),
    range: (_sex, group) => (group === 'child' ? { low: 80, high: 120 } : { low: 90, high: 139 }),
    shifts: { hypertension: 28, obesity: 6 },
  } satisfies Measure,
  diastolic: {
    loinc: '8462-4',
    en: 'Diastolic blood pressure',
    ru: 'Диастолическое АД',
    ucum: 'mm[Hg]',
    unit: 'мм рт. ст.',
    decimals: 0,
    sd: 6,
    mean: (_sex, group) => (group === 'child' ? 64 : 78),
    range: (_sex, group) => (group === 'child' ? { low: 50, high: 80 } : { low: 60, high: 89 }),
    shifts: { hypertension: 14, obesity: 4 },
  } satisfies Measure,
  heartRate: {
    loinc: '8867-4',
    en: 'Heart rate',
    ru: 'Частота сердечных сокращений',
    ucum: '/min',
    unit: 'уд/мин',
    decimals: 0,
    sd: 7,
    mean: (_sex, group) => (group === 'child' ? 92 : 72),
    range: (_sex, group) => (group === 'child' ? { low: 70, high: 120 } : { low: 60, high: 90 }),
    shifts: { inflammation: 14, hypothyroidism: -8 },
  } satisfies Measure,
  temperature: {
    loinc: '8310-5',
    en: 'Body temperature',
    ru: 'Температура тела',
    ucum: 'Cel',
    unit: '°C',
    decimals: 1,
    sd: 0.2,
    mean: () => 36.6,
    range: () => ({ low: 36.0, high: 37.0 }),
    shifts: { inflammation: 1.6 },
  } satisfies Measure,
  oxygenSaturation: {
    loinc: '59408-5',
    en: 'Oxygen saturation in Arterial blood by Pulse oximetry',
    ru: 'Сатурация кислорода (SpO₂)',
    ucum: '%',
    unit: '%',
    decimals: 0,
    sd: 1,
    mean: () => 98,
    range: () => ({ low: 95, high: 100 }),
    shifts: { inflammation: -2 },
  } satisfies Measure,
  weight: { loinc: '29463-7', en: 'Body weight', ru: 'Масса тела', ucum: 'kg', unit: 'кг' },
  height: { loinc: '8302-2', en: 'Body height', ru: 'Рост', ucum: 'cm', unit: 'см' },
  bmi: {
    loinc: '39156-5',
    en: 'Body mass index (BMI) [Ratio]',
    ru: 'Индекс массы тела',
    ucum: 'kg/m2',
    unit: 'кг/м²',
    range: { low: 18.5, high: 24.9 },
  },
} as const;
