import type {
  Binary,
  DocumentReference,
  Encounter,
  Organization,
  Patient,
  Practitioner,
  Reference,
} from '@medplum/fhirtypes';
import { createHash } from 'node:crypto';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { toClinicDateTime, toInstant } from './clinic-time';
import { LOINC } from './lab-catalog';

/** What a document is about; the PDF text is English and transliterated, the titles Russian. */
export interface DocumentPlan {
  readonly kind: 'consultation' | 'lab-report';
  readonly documentId: string;
  readonly binaryId: string;
  /** Put the PDF into `attachment.data` instead of a `Binary`. */
  readonly inline: boolean;
  readonly patientRef: Reference<Patient>;
  readonly encounterRef: Reference<Encounter>;
  readonly authorRef: Reference<Practitioner>;
  readonly custodianRef: Reference<Organization>;
  readonly visitStartMs: number;
  readonly visitEndMs: number;
  readonly dateMs: number;
  readonly titleRu: string;
  readonly heading: string;
  /** Patient, doctor and date lines first, then the body. */
  readonly lines: readonly string[];
}

export interface RenderedDocument {
  readonly documentReference: DocumentReference;
  readonly binary?: Binary;
}

const TYPES = {
  consultation: { loinc: '11488-4', en: 'Consult note', ru: 'Консультативное заключение' },
  'lab-report': { loinc: '11502-2', en: 'Laboratory report', ru: 'Результаты лабораторных исследований' },
} as const;

/**
 * Renders the PDF (pdf-lib, standard Helvetica, so plain ASCII text) and describes it with a
 * `DocumentReference` whose attachment has `contentType`, `size`, `hash` (SHA-1, base64, as FHIR
 * defines it), `title` and either `url` = `Binary/<id>` (relative to the server base) or inline
 * `data`. pdf-lib seeds its own name generator, so the bytes are the same for the same plan.
 */
export async function renderDocument(plan: DocumentPlan): Promise<RenderedDocument> {
  const bytes = Buffer.from(await renderPdf(plan));
  const data = bytes.toString('base64');
  const lastUpdated = toInstant(plan.dateMs);
  const type = TYPES[plan.kind];
  const documentReference: DocumentReference = {
    resourceType: 'DocumentReference',
    id: plan.documentId,
    meta: { lastUpdated },
    status: 'current',
    docStatus: 'final',
    type: { coding: [{ system: LOINC, code: type.loinc, display: type.en }], text: type.ru },
    subject: plan.patientRef,
    date: lastUpdated,
    author: [plan.authorRef],
    custodian: plan.custodianRef,
    description: plan.titleRu,
    content: [
      {
        attachment: {
          contentType: 'application/pdf',
          language: 'en',
          ...(plan.inline ? { data } : { url: `Binary/${plan.binaryId}` }),
          size: bytes.length,
          hash: createHash('sha1').update(bytes).digest('base64'),
          title: plan.titleRu,
          creation: toClinicDateTime(plan.dateMs),
        },
      },
    ],
    context: {
      encounter: [plan.encounterRef],
      period: { start: toClinicDateTime(plan.visitStartMs), end: toClinicDateTime(plan.visitEndMs) },
    },
  };
  if (plan.inline) {
    return { documentReference };
  }
  const binary: Binary = {
    resourceType: 'Binary',
    id: plan.binaryId,
    meta: { lastUpdated },
    contentType: 'application/pdf',
    securityContext: plan.patientRef,
    data,
  };
  return { documentReference, binary };
}

async function renderPdf(plan: DocumentPlan): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const date = new Date(plan.dateMs);
  doc.setTitle(ascii(plan.heading));
  doc.setAuthor('Demo clinic "Zdorovie"');
  doc.setProducer('demo-clinic');
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([595, 842]);
  let y = 790;
  page.drawText('DEMO CLINIC "ZDOROVIE"', { x: 50, y, size: 11, font: bold });
  page.drawText('Moscow, Tverskaya st. 1  -  synthetic data for demonstrations, not a medical record', {
    x: 50,
    y: (y -= 14),
    size: 8,
    font: regular,
  });
  page.drawText(ascii(plan.heading), { x: 50, y: (y -= 36), size: 16, font: bold });
  y -= 12;
  for (const line of plan.lines) {
    y -= 16;
    if (y < 60) {
      break;
    }
    page.drawText(ascii(line), { x: 50, y, size: 10.5, font: regular });
  }
  return doc.save({ useObjectStreams: false });
}

const REPLACEMENTS: Readonly<Record<string, string>> = {
  '–': '-',
  '—': '-',
  '×': 'x',
  '°': ' deg',
  '«': '"',
  '»': '"',
  '¹': '1',
  '²': '2',
  '⁹': '9',
  '₂': '2',
};

/** Only printable ASCII reaches the standard PDF font. */
export function ascii(text: string): string {
  return [...text].map((char) => REPLACEMENTS[char] ?? (/^[\x20-\x7e]$/.test(char) ? char : '?')).join('');
}
