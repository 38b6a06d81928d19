import type { LabPanel, Trait } from './lab-catalog';
import type { Sex } from './person';
import type { SpecialtyCode } from './specialties';

export const ICD10 = 'http://hl7.org/fhir/sid/icd-10';

/** A diagnosis a doctor of one specialty makes, and what usually follows from it. */
export interface ConditionDef {
  readonly icd10: string;
  /** Name as in the Russian edition of ICD-10 (МКБ-10). */
  readonly ru: string;
  readonly en: string;
  readonly chronic: boolean;
  readonly sex?: Sex;
  readonly minAge?: number;
  readonly maxAge?: number;
  /** ATC codes of what may be prescribed. */
  readonly medications?: readonly string[];
  /** Keys of `PROCEDURES`. */
  readonly procedures?: readonly string[];
  readonly labs?: readonly LabPanel['code'][];
  readonly trait?: Trait;
}

const c = (
  icd10: string,
  ru: string,
  en: string,
  more: Omit<ConditionDef, 'icd10' | 'ru' | 'en' | 'chronic'> & { chronic?: boolean } = {},
): ConditionDef => ({
  icd10,
  ru,
  en,
  chronic: false,
  ...more,
});

const URI = c(
  'J06.9',
  'Острая инфекция верхних дыхательных путей неуточнённая',
  'Acute upper respiratory infection, unspecified',
  {
    medications: ['N02BE01'],
    labs: ['cbc'],
    trait: 'inflammation',
  },
);
const HYPERTENSION = c('I10', 'Эссенциальная [первичная] гипертензия', 'Essential (primary) hypertension', {
  chronic: true,
  minAge: 35,
  medications: ['C09AA05', 'C07AB07'],
  procedures: ['ecg'],
  labs: ['biochemistry'],
  trait: 'hypertension',
});
const ATOPIC_DERMATITIS = c('L20.8', 'Другие атопические дерматиты', 'Other atopic dermatitis', {
  chronic: true,
  medications: ['R06AE07'],
  maxAge: 40,
});

export const CONDITIONS: Readonly<Record<SpecialtyCode, readonly ConditionDef[]>> = {
  therapist: [
    URI,
    c('J20.9', 'Острый бронхит неуточнённый', 'Acute bronchitis, unspecified', {
      medications: ['J01CA04'],
      procedures: ['chest-xray'],
      labs: ['cbc'],
      trait: 'inflammation',
    }),
    HYPERTENSION,
    c('K29.5', 'Хронический гастрит неуточнённый', 'Chronic gastritis, unspecified', {
      chronic: true,
      medications: ['A02BC01'],
      procedures: ['abdominal-us'],
    }),
    c('M54.5', 'Боль внизу спины', 'Low back pain', { medications: ['M01AE01'] }),
    c('E78.0', 'Чистая гиперхолестеринемия', 'Pure hypercholesterolaemia', {
      chronic: true,
      minAge: 35,
      medications: ['C10AA05'],
      labs: ['biochemistry'],
      trait: 'dyslipidemia',
    }),
    c('D50.9', 'Железодефицитная анемия неуточнённая', 'Iron deficiency anaemia, unspecified', {
      chronic: true,
      medications: ['B03AA07'],
      labs: ['cbc'],
      trait: 'anemia',
    }),
    c('Z00.0', 'Общий медицинский осмотр', 'General medical examination', {
      labs: ['cbc', 'biochemistry'],
      procedures: ['ecg'],
    }),
  ],
  pediatrician: [
    URI,
    c('J03.9', 'Острый тонзиллит неуточнённый', 'Acute tonsillitis, unspecified', {
      medications: ['J01CA04'],
      labs: ['cbc'],
      trait: 'inflammation',
    }),
    c('A08.4', 'Вирусная кишечная инфекция неуточнённая', 'Viral intestinal infection, unspecified', {
      labs: ['cbc'],
    }),
    c('Z00.1', 'Рутинное обследование состояния здоровья ребёнка', 'Routine child health examination', {
      labs: ['cbc'],
    }),
    ATOPIC_DERMATITIS,
    c('J45.0', 'Астма с преобладанием аллергического компонента', 'Predominantly allergic asthma', {
      chronic: true,
      medications: ['R03AC02'],
    }),
  ],
  cardiologist: [
    HYPERTENSION,
    c(
      'I11.9',
      'Гипертензивная болезнь сердца без застойной сердечной недостаточности',
      'Hypertensive heart disease without (congestive) heart failure',
      {
        chronic: true,
        minAge: 45,
        medications: ['C09AA05', 'C07AB07'],
        procedures: ['ecg', 'holter'],
        labs: ['biochemistry'],
        trait: 'hypertension',
      },
    ),
    c('I25.1', 'Атеросклеротическая болезнь сердца', 'Atherosclerotic heart disease', {
      chronic: true,
      minAge: 50,
      medications: ['C10AA05'],
      procedures: ['ecg'],
      labs: ['biochemistry'],
      trait: 'dyslipidemia',
    }),
    c(
      'I48.9',
      'Фибрилляция и трепетание предсердий неуточнённые',
      'Atrial fibrillation and atrial flutter, unspecified',
      {
        chronic: true,
        minAge: 55,
        medications: ['B01AF01'],
        procedures: ['ecg', 'holter'],
      },
    ),
    c('I49.9', 'Нарушение сердечного ритма неуточнённое', 'Cardiac arrhythmia, unspecified', {
      procedures: ['holter'],
    }),
  ],
  neurologist: [
    c('G43.9', 'Мигрень неуточнённая', 'Migraine, unspecified', {
      chronic: true,
      maxAge: 65,
      medications: ['N02CC01'],
    }),
    c('G44.2', 'Головная боль напряжённого типа', 'Tension-type headache', { medications: ['M01AE01'] }),
    c('M54.2', 'Цервикалгия', 'Cervicalgia', { medications: ['M01AE01'] }),
    c(
      'G47.0',
      'Нарушения засыпания и поддержания сна [бессонница]',
      'Disorders of initiating and maintaining sleep [insomnias]',
    ),
  ],
  ophthalmologist: [
    c('H52.1', 'Миопия', 'Myopia', { chronic: true, procedures: ['visual-acuity'] }),
    c('H10.9', 'Конъюнктивит неуточнённый', 'Conjunctivitis, unspecified', { medications: ['S01AA12'] }),
    c('H40.1', 'Первичная открытоугольная глаукома', 'Primary open-angle glaucoma', {
      chronic: true,
      minAge: 50,
      medications: ['S01ED01'],
      procedures: ['tonometry'],
    }),
    c('H25.9', 'Старческая катаракта неуточнённая', 'Senile cataract, unspecified', {
      chronic: true,
      minAge: 60,
      procedures: ['visual-acuity'],
    }),
  ],
  otorhinolaryngologist: [
    c('J01.9', 'Острый синусит неуточнённый', 'Acute sinusitis, unspecified', {
      medications: ['J01CA04'],
      labs: ['cbc'],
      trait: 'inflammation',
    }),
    c('H66.9', 'Средний отит неуточнённый', 'Otitis media, unspecified', {
      medications: ['N02BE01'],
      trait: 'inflammation',
    }),
    c('J31.0', 'Хронический ринит', 'Chronic rhinitis', { chronic: true, medications: ['R01AD09'] }),
    c('J35.0', 'Хронический тонзиллит', 'Chronic tonsillitis', {
      chronic: true,
      procedures: ['pharyngoscopy'],
    }),
  ],
  dermatologist: [
    ATOPIC_DERMATITIS,
    c('L70.0', 'Угри обыкновенные', 'Acne vulgaris', { minAge: 13, maxAge: 35 }),
    c('L40.0', 'Псориаз обыкновенный', 'Psoriasis vulgaris', { chronic: true, minAge: 16 }),
    c('B35.1', 'Микоз ногтей', 'Tinea unguium', {
      minAge: 18,
      medications: ['D01BA02'],
      labs: ['biochemistry'],
    }),
  ],
  gynecologist: [
    c(
      'Z01.4',
      'Гинекологическое обследование (общее) (рутинное)',
      'Gynaecological examination (general)(routine)',
      {
        sex: 'female',
        minAge: 16,
        procedures: ['pelvic-us'],
      },
    ),
    c('N76.0', 'Острый вагинит', 'Acute vaginitis', { sex: 'female', minAge: 16 }),
    c(
      'N95.1',
      'Менопаузное и климактерическое состояние у женщины',
      'Menopausal and female climacteric states',
      {
        sex: 'female',
        minAge: 45,
        chronic: true,
        procedures: ['pelvic-us'],
      },
    ),
    c('N80.9', 'Эндометриоз неуточнённый', 'Endometriosis, unspecified', {
      sex: 'female',
      minAge: 18,
      maxAge: 50,
      chronic: true,
      procedures: ['pelvic-us'],
    }),
  ],
  surgeon: [
    c(
      'K40.9',
      'Односторонняя или неуточнённая паховая грыжа без непроходимости или гангрены',
      'Unilateral or unspecified inguinal hernia, without obstruction or gangrene',
      {
        minAge: 18,
        procedures: ['abdominal-us'],
      },
    ),
    c(
      'L02.4',
      'Абсцесс кожи, фурункул и карбункул конечности',
      'Cutaneous abscess, furuncle and carbuncle of limb',
      {
        medications: ['J01CA04'],
        procedures: ['wound-care'],
        labs: ['cbc'],
        trait: 'inflammation',
      },
    ),
    c(
      'S93.4',
      'Растяжение и перенапряжение связочного аппарата голеностопного сустава',
      'Sprain and strain of ankle',
      {
        medications: ['M01AE01'],
        procedures: ['ankle-xray'],
      },
    ),
    c('K80.2', 'Камни желчного пузыря без холецистита', 'Calculus of gallbladder without cholecystitis', {
      minAge: 30,
      procedures: ['abdominal-us'],
      labs: ['biochemistry'],
    }),
  ],
  endocrinologist: [
    c(
      'E11.9',
      'Инсулиннезависимый сахарный диабет без осложнений',
      'Non-insulin-dependent diabetes mellitus without complications',
      {
        chronic: true,
        minAge: 35,
        medications: ['A10BA02'],
        labs: ['biochemistry', 'hba1c'],
        trait: 'diabetes',
      },
    ),
    c('E03.9', 'Гипотиреоз неуточнённый', 'Hypothyroidism, unspecified', {
      chronic: true,
      minAge: 18,
      medications: ['H03AA01'],
      labs: ['tsh'],
      trait: 'hypothyroidism',
    }),
    c(
      'E66.0',
      'Ожирение, обусловленное избыточным поступлением энергетических ресурсов',
      'Obesity due to excess calories',
      {
        chronic: true,
        minAge: 18,
        labs: ['biochemistry'],
        trait: 'obesity',
      },
    ),
    c('E04.1', 'Нетоксический одноузловой зоб', 'Nontoxic single thyroid nodule', {
      chronic: true,
      minAge: 25,
      labs: ['tsh'],
      procedures: ['thyroid-us'],
    }),
  ],
};

/** Whether a person of this sex and age can have the condition. */
export function fitsPatient(def: ConditionDef, sex: Sex, age: number): boolean {
  return (!def.sex || def.sex === sex) && age >= (def.minAge ?? 0) && age <= (def.maxAge ?? 200);
}
