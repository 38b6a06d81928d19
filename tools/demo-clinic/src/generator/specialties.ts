import type { CodeableConcept } from '@medplum/fhirtypes';

/** The clinic's own code system for doctors' specialties. */
export const SPECIALTY_SYSTEM = 'urn:clinic:specialty';

/** FHIR's standard extension for a translation of a display or a text. */
export const TRANSLATION_EXTENSION = 'http://hl7.org/fhir/StructureDefinition/translation';

export type SpecialtyCode =
  | 'therapist'
  | 'pediatrician'
  | 'cardiologist'
  | 'neurologist'
  | 'ophthalmologist'
  | 'otorhinolaryngologist'
  | 'dermatologist'
  | 'gynecologist'
  | 'surgeon'
  | 'endocrinologist';

export interface Specialty {
  readonly code: SpecialtyCode;
  /** Russian display, as the clinic shows it. */
  readonly ru: string;
  readonly en: string;
  /** Russian name of a visit, for titles: «Приём терапевта». */
  readonly visitRu: string;
}

export const SPECIALTIES: Readonly<Record<SpecialtyCode, Specialty>> = {
  therapist: { code: 'therapist', ru: 'Терапевт', en: 'General practitioner', visitRu: 'Приём терапевта' },
  pediatrician: { code: 'pediatrician', ru: 'Педиатр', en: 'Pediatrician', visitRu: 'Приём педиатра' },
  cardiologist: { code: 'cardiologist', ru: 'Кардиолог', en: 'Cardiologist', visitRu: 'Приём кардиолога' },
  neurologist: { code: 'neurologist', ru: 'Невролог', en: 'Neurologist', visitRu: 'Приём невролога' },
  ophthalmologist: {
    code: 'ophthalmologist',
    ru: 'Офтальмолог',
    en: 'Ophthalmologist',
    visitRu: 'Приём офтальмолога',
  },
  otorhinolaryngologist: {
    code: 'otorhinolaryngologist',
    ru: 'Оториноларинголог (ЛОР)',
    en: 'Otorhinolaryngologist (ENT)',
    visitRu: 'Приём оториноларинголога',
  },
  dermatologist: {
    code: 'dermatologist',
    ru: 'Дерматовенеролог',
    en: 'Dermatologist',
    visitRu: 'Приём дерматовенеролога',
  },
  gynecologist: {
    code: 'gynecologist',
    ru: 'Акушер-гинеколог',
    en: 'Obstetrician-gynecologist',
    visitRu: 'Приём акушера-гинеколога',
  },
  surgeon: { code: 'surgeon', ru: 'Хирург', en: 'Surgeon', visitRu: 'Приём хирурга' },
  endocrinologist: {
    code: 'endocrinologist',
    ru: 'Эндокринолог',
    en: 'Endocrinologist',
    visitRu: 'Приём эндокринолога',
  },
};

/**
 * The specialty as FHIR: Russian `display` with an English translation extension on it, and
 * Russian `text`.
 */
export function specialtyConcept(code: SpecialtyCode): CodeableConcept {
  const specialty = SPECIALTIES[code];
  return {
    coding: [
      {
        system: SPECIALTY_SYSTEM,
        code,
        display: specialty.ru,
        _display: {
          extension: [
            {
              url: TRANSLATION_EXTENSION,
              extension: [
                { url: 'lang', valueCode: 'en' },
                { url: 'content', valueString: specialty.en },
              ],
            },
          ],
        },
      },
    ],
    text: specialty.ru,
  } as unknown as CodeableConcept;
}
