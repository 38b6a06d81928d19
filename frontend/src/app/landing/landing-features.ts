/** One thing a patient can do in the portal, as the landing page presents it. */
export interface LandingFeature {
  readonly id: string;
  /** A Material Symbols ligature. */
  readonly icon: string;
  readonly title: string;
  readonly text: string;
  /** What it needs beyond registration. */
  readonly requirement: string;
  readonly needsVerification: boolean;
}

const NEEDS_VERIFICATION = $localize`:@@landing.feature.needsVerification:Нужна верификация`;

/** The clinic's own words (DESIGN.md §8) for what the portal offers. */
export const LANDING_FEATURES: readonly LandingFeature[] = [
  {
    id: 'emr',
    icon: 'clinical_notes',
    title: $localize`:@@landing.feature.emr.title:Электронная медицинская карта (ЭМК)`,
    text: $localize`:@@landing.feature.emr.text:Визиты, диагнозы, результаты анализов и документы с прикреплёнными файлами — всё, что клиника внесла в вашу карту.`,
    requirement: NEEDS_VERIFICATION,
    needsVerification: true,
  },
  {
    id: 'booking',
    icon: 'calendar_month',
    title: $localize`:@@landing.feature.booking.title:Очная онлайн-запись в расписание врача`,
    text: $localize`:@@landing.feature.booking.text:Выберите врача и свободное время, перенесите или отмените визит — без звонка в регистратуру.`,
    requirement: NEEDS_VERIFICATION,
    needsVerification: true,
  },
  {
    id: 'doctors-opinion',
    icon: 'stethoscope',
    title: $localize`:@@landing.feature.opinion.title:Информационная услуга «Мнение врача»`,
    text: $localize`:@@landing.feature.opinion.text:Задайте врачу вопрос дистанционно и приложите файлы, например снимки или результаты анализов.`,
    requirement: $localize`:@@landing.feature.opinion.requirement:Верификация не нужна`,
    needsVerification: false,
  },
  {
    id: 'family',
    icon: 'family_restroom',
    title: $localize`:@@landing.feature.family.title:Семейный доступ`,
    text: $localize`:@@landing.feature.family.text:Добавьте профили детей или пожилых родственников в разделе «Настройки → Семейный доступ», записывайте их к врачу и смотрите их медицинские карты.`,
    requirement: $localize`:@@landing.feature.family.requirement:Каждый профиль верифицируется своим кодом`,
    needsVerification: true,
  },
];
