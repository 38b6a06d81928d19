/**
 * Medicines (ATC), procedures (the Russian nomenclature of medical services, with SNOMED CT
 * where it has a clear match), vaccines (CVX) and allergens (SNOMED CT) the generator uses.
 * The codes are real code-system codes chosen to look right in a demo, not clinical advice.
 */

export const ATC = 'http://www.whocc.no/atc';
export const SNOMED = 'http://snomed.info/sct';
export const CVX = 'http://hl7.org/fhir/sid/cvx';
/** Номенклатура медицинских услуг (the Russian Ministry of Health's list of medical services). */
export const RU_SERVICES = 'urn:oid:1.2.643.5.1.13.13.11.1070';

export interface MedicationDef {
  readonly ru: string;
  readonly en: string;
  readonly dosage: string;
  /** Taken for months (a chronic treatment) rather than a course of days. */
  readonly longTerm: boolean;
}

export const MEDICATIONS: Readonly<Record<string, MedicationDef>> = {
  C09AA05: {
    ru: 'Рамиприл 5 мг, таблетки',
    en: 'Ramipril 5 mg tablets',
    dosage: 'По 1 таблетке 1 раз в день утром',
    longTerm: true,
  },
  C07AB07: {
    ru: 'Бисопролол 5 мг, таблетки',
    en: 'Bisoprolol 5 mg tablets',
    dosage: 'По 1 таблетке 1 раз в день',
    longTerm: true,
  },
  A10BA02: {
    ru: 'Метформин 1000 мг, таблетки',
    en: 'Metformin 1000 mg tablets',
    dosage: 'По 1 таблетке 2 раза в день во время еды',
    longTerm: true,
  },
  H03AA01: {
    ru: 'Левотироксин натрия 50 мкг, таблетки',
    en: 'Levothyroxine sodium 50 mcg tablets',
    dosage: 'По 1 таблетке утром натощак',
    longTerm: true,
  },
  C10AA05: {
    ru: 'Аторвастатин 20 мг, таблетки',
    en: 'Atorvastatin 20 mg tablets',
    dosage: 'По 1 таблетке 1 раз в день вечером',
    longTerm: true,
  },
  B01AF01: {
    ru: 'Ривароксабан 20 мг, таблетки',
    en: 'Rivaroxaban 20 mg tablets',
    dosage: 'По 1 таблетке 1 раз в день во время еды',
    longTerm: true,
  },
  A02BC01: {
    ru: 'Омепразол 20 мг, капсулы',
    en: 'Omeprazole 20 mg capsules',
    dosage: 'По 1 капсуле 2 раза в день за 30 минут до еды, 4 недели',
    longTerm: false,
  },
  B03AA07: {
    ru: 'Железа сульфат 320 мг, таблетки',
    en: 'Ferrous sulfate 320 mg tablets',
    dosage: 'По 1 таблетке 2 раза в день, 3 месяца',
    longTerm: false,
  },
  R06AE07: {
    ru: 'Цетиризин 10 мг, таблетки',
    en: 'Cetirizine 10 mg tablets',
    dosage: 'По 1 таблетке 1 раз в день, 14 дней',
    longTerm: false,
  },
  J01CA04: {
    ru: 'Амоксициллин 500 мг, капсулы',
    en: 'Amoxicillin 500 mg capsules',
    dosage: 'По 1 капсуле 3 раза в день, 7 дней',
    longTerm: false,
  },
  J01FA10: {
    ru: 'Азитромицин 500 мг, таблетки',
    en: 'Azithromycin 500 mg tablets',
    dosage: 'По 1 таблетке 1 раз в день, 3 дня',
    longTerm: false,
  },
  M01AE01: {
    ru: 'Ибупрофен 400 мг, таблетки',
    en: 'Ibuprofen 400 mg tablets',
    dosage: 'По 1 таблетке при боли, не более 3 раз в день, до 5 дней',
    longTerm: false,
  },
  N02BE01: {
    ru: 'Парацетамол 500 мг, таблетки',
    en: 'Paracetamol 500 mg tablets',
    dosage: 'По 1 таблетке при температуре выше 38,5 °C, не чаще 4 раз в день',
    longTerm: false,
  },
  R03AC02: {
    ru: 'Сальбутамол 100 мкг/доза, аэрозоль',
    en: 'Salbutamol 100 mcg/dose inhaler',
    dosage: 'По 1–2 вдоха при приступе',
    longTerm: true,
  },
  N02CC01: {
    ru: 'Суматриптан 50 мг, таблетки',
    en: 'Sumatriptan 50 mg tablets',
    dosage: 'По 1 таблетке при приступе мигрени',
    longTerm: true,
  },
  S01AA12: {
    ru: 'Тобрамицин 0,3%, глазные капли',
    en: 'Tobramycin 0.3% eye drops',
    dosage: 'По 1 капле 4 раза в день, 7 дней',
    longTerm: false,
  },
  S01ED01: {
    ru: 'Тимолол 0,5%, глазные капли',
    en: 'Timolol 0.5% eye drops',
    dosage: 'По 1 капле 2 раза в день',
    longTerm: true,
  },
  R01AD09: {
    ru: 'Мометазон 50 мкг/доза, спрей назальный',
    en: 'Mometasone 50 mcg/dose nasal spray',
    dosage: 'По 2 впрыскивания в каждый носовой ход 1 раз в день',
    longTerm: true,
  },
  D01BA02: {
    ru: 'Тербинафин 250 мг, таблетки',
    en: 'Terbinafine 250 mg tablets',
    dosage: 'По 1 таблетке 1 раз в день, 12 недель',
    longTerm: false,
  },
};

export interface ProcedureDef {
  readonly service: string;
  readonly ru: string;
  readonly en: string;
  readonly snomed?: string;
}

export const PROCEDURES: Readonly<Record<string, ProcedureDef>> = {
  ecg: {
    service: 'A05.10.006',
    ru: 'Регистрация электрокардиограммы',
    en: 'Electrocardiogram',
    snomed: '29303009',
  },
  holter: {
    service: 'A05.10.008',
    ru: 'Холтеровское мониторирование сердечного ритма',
    en: 'Holter monitoring',
  },
  'chest-xray': {
    service: 'A06.09.007',
    ru: 'Рентгенография лёгких',
    en: 'Chest X-ray',
    snomed: '399208008',
  },
  'abdominal-us': {
    service: 'A04.16.001',
    ru: 'Ультразвуковое исследование органов брюшной полости (комплексное)',
    en: 'Abdominal ultrasound',
    snomed: '45036003',
  },
  'thyroid-us': {
    service: 'A04.22.001',
    ru: 'Ультразвуковое исследование щитовидной железы и паращитовидных желёз',
    en: 'Thyroid ultrasound',
  },
  'pelvic-us': {
    service: 'A04.20.001',
    ru: 'Ультразвуковое исследование матки и придатков трансабдоминальное',
    en: 'Pelvic ultrasound',
  },
  'visual-acuity': { service: 'A02.26.004', ru: 'Визометрия', en: 'Visual acuity test' },
  tonometry: { service: 'A02.26.015', ru: 'Офтальмотонометрия', en: 'Tonometry' },
  pharyngoscopy: { service: 'A03.08.002', ru: 'Фарингоскопия', en: 'Pharyngoscopy' },
  'wound-care': {
    service: 'A16.01.004',
    ru: 'Хирургическая обработка раны или инфицированной ткани',
    en: 'Surgical wound treatment',
  },
  'ankle-xray': { service: 'A06.04.012', ru: 'Рентгенография голеностопного сустава', en: 'Ankle X-ray' },
};

export interface VaccineDef {
  readonly cvx: string;
  readonly en: string;
  readonly ru: string;
  /** Who gets it and when: at an age in months (children), or in recent seasons (adults). */
  readonly schedule: { readonly childMonths: number } | { readonly adultEveryYears: number };
}

export const VACCINES: readonly VaccineDef[] = [
  { cvx: '19', en: 'BCG', ru: 'Туберкулёз (БЦЖ-М)', schedule: { childMonths: 0 } },
  { cvx: '08', en: 'Hep B, adolescent or pediatric', ru: 'Гепатит B', schedule: { childMonths: 1 } },
  { cvx: '20', en: 'DTaP', ru: 'Коклюш, дифтерия, столбняк (АКДС)', schedule: { childMonths: 3 } },
  { cvx: '10', en: 'IPV', ru: 'Полиомиелит (инактивированная вакцина)', schedule: { childMonths: 4 } },
  { cvx: '03', en: 'MMR', ru: 'Корь, краснуха, эпидемический паротит', schedule: { childMonths: 12 } },
  {
    cvx: '141',
    en: 'Influenza, seasonal, injectable',
    ru: 'Грипп (сезонная вакцина)',
    schedule: { adultEveryYears: 1 },
  },
  {
    cvx: '113',
    en: 'Td (adult) preservative free',
    ru: 'Дифтерия, столбняк (АДС-М)',
    schedule: { adultEveryYears: 10 },
  },
  {
    cvx: '213',
    en: 'SARS-COV-2 (COVID-19) vaccine, UNSPECIFIED FORMULATION',
    ru: 'COVID-19',
    schedule: { adultEveryYears: 3 },
  },
];

export interface AllergenDef {
  readonly snomed: string;
  readonly en: string;
  readonly ru: string;
  readonly category: 'medication' | 'food' | 'environment';
  /** ATC codes not to prescribe to someone with this allergy. */
  readonly avoid?: readonly string[];
}

export const ALLERGENS: readonly AllergenDef[] = [
  { snomed: '764146007', en: 'Penicillin', ru: 'Пенициллин', category: 'medication', avoid: ['J01CA04'] },
  { snomed: '372687004', en: 'Amoxicillin', ru: 'Амоксициллин', category: 'medication', avoid: ['J01CA04'] },
  { snomed: '387207008', en: 'Ibuprofen', ru: 'Ибупрофен', category: 'medication', avoid: ['M01AE01'] },
  { snomed: '256349002', en: 'Peanut', ru: 'Арахис', category: 'food' },
  { snomed: '102263004', en: 'Eggs', ru: 'Куриное яйцо', category: 'food' },
  { snomed: '256259004', en: 'Pollen', ru: 'Пыльца растений', category: 'environment' },
  { snomed: '264287008', en: 'Animal dander', ru: 'Шерсть животных', category: 'environment' },
  { snomed: '111088007', en: 'Latex', ru: 'Латекс', category: 'environment' },
];

export const REACTIONS: readonly { readonly snomed: string; readonly en: string; readonly ru: string }[] = [
  { snomed: '247472004', en: 'Hives', ru: 'Крапивница' },
  { snomed: '271807003', en: 'Eruption of skin', ru: 'Кожная сыпь' },
  { snomed: '418290006', en: 'Itching', ru: 'Зуд' },
  { snomed: '267036007', en: 'Dyspnea', ru: 'Одышка' },
  { snomed: '76067001', en: 'Sneezing', ru: 'Чихание' },
  { snomed: '39579001', en: 'Anaphylaxis', ru: 'Анафилаксия' },
];

/** What to prescribe instead when the first choice is excluded by an allergy. */
export const ALTERNATIVES: Readonly<Record<string, string>> = {
  J01CA04: 'J01FA10',
  M01AE01: 'N02BE01',
};
