import { CLINICAL_RESOURCE_TYPES } from '../fhir/clinical-resource-types';
import { validateResource } from '@medplum/core';
import type {
  Appointment,
  Binary,
  DiagnosticReport,
  DocumentReference,
  Encounter,
  Observation,
  Patient,
  PractitionerRole,
  RelatedPerson,
  Resource,
  Slot,
} from '@medplum/fhirtypes';
import { createHash } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { loadFhirDefinitions } from '../fhir/fhir-definitions';
import { type GeneratedClinic, generateClinic, HISTORY_END } from './generate-clinic';
import { SNILS_SYSTEM, isValidSnils } from './snils';

const NOW = new Date('2026-03-04T08:15:00Z');
const CLINICAL_TYPES = CLINICAL_RESOURCE_TYPES;

function ofType<T extends Resource>(clinic: GeneratedClinic, type: T['resourceType']): T[] {
  return clinic.resources.filter((resource): resource is T => resource.resourceType === type);
}

function patientOf(resource: Resource): string | undefined {
  const record = resource as { subject?: { reference?: string }; patient?: { reference?: string } };
  return (record.subject ?? record.patient)?.reference;
}

describe('generateClinic', () => {
  let clinic: GeneratedClinic;

  beforeAll(async () => {
    clinic = await generateClinic({ patients: 40, seed: 3, now: NOW });
  });

  it('gives byte-identical data for the same seed and different data for another seed', async () => {
    const again = await generateClinic({ patients: 40, seed: 3, now: NOW });
    const other = await generateClinic({ patients: 40, seed: 4, now: NOW });
    expect(JSON.stringify(again.resources)).toBe(JSON.stringify(clinic.resources));
    expect(JSON.stringify(other.resources)).not.toBe(JSON.stringify(clinic.resources));
  });

  it('moves only the schedule when the clock moves', async () => {
    const later = await generateClinic({ patients: 40, seed: 3, now: new Date('2026-05-20T10:00:00Z') });
    const notSchedule = (c: GeneratedClinic) =>
      JSON.stringify(
        c.resources.filter((r) => !['Schedule', 'Slot', 'Appointment'].includes(r.resourceType)),
      );
    expect(notSchedule(later)).toBe(notSchedule(clinic));
    expect(JSON.stringify(ofType<Slot>(later, 'Slot'))).not.toBe(
      JSON.stringify(ofType<Slot>(clinic, 'Slot')),
    );
  });

  it('has the requested patients with valid unique SNILS, MRN, Russian names and contacts', () => {
    const patients = ofType<Patient>(clinic, 'Patient');
    expect(patients).toHaveLength(40);
    const snils = patients.map((p) => p.identifier?.find((id) => id.system === SNILS_SYSTEM)?.value ?? '');
    expect(snils.every(isValidSnils)).toBe(true);
    expect(new Set(snils).size).toBe(40);
    const mrns = patients.map((p) => p.identifier?.find((id) => id.system === 'urn:clinic:mrn')?.value);
    expect(new Set(mrns).size).toBe(40);
    for (const patient of patients) {
      expect(patient.name?.[0].family).toMatch(/^[А-ЯЁ][а-яё]+(-[А-ЯЁ][а-яё]+)?$/);
      expect(patient.name?.[0].given).toHaveLength(2);
      expect(['male', 'female']).toContain(patient.gender);
      expect(patient.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const adults = patients.filter((p) => (p.birthDate ?? '') < '2000-01-01');
    expect(
      adults.every((p) => p.telecom?.some((t) => t.system === 'phone' && /^\+7\d{10}$/.test(t.value ?? ''))),
    ).toBe(true);
    expect(adults.every((p) => p.telecom?.some((t) => t.system === 'email'))).toBe(true);
  });

  it('includes ё, hyphenated names, namesakes and twins', () => {
    const patients = ofType<Patient>(clinic, 'Patient');
    const key = (p: Patient, fields: ('family' | 'given' | 'birthDate')[]) =>
      fields
        .map((f) =>
          f === 'birthDate' ? p.birthDate : f === 'family' ? p.name?.[0].family : p.name?.[0].given?.[0],
        )
        .join('|');
    expect(patients.some((p) => p.name?.[0].given?.[0].includes('ё'))).toBe(true);
    expect(patients.some((p) => p.name?.[0].family?.includes('-'))).toBe(true);
    const namesakes = patients.filter((p) =>
      patients.some(
        (q) =>
          q !== p && key(q, ['family', 'given', 'birthDate']) === key(p, ['family', 'given', 'birthDate']),
      ),
    );
    expect(namesakes.length).toBeGreaterThanOrEqual(2);
    const twins = patients.filter((p) =>
      patients.some(
        (q) =>
          q !== p &&
          key(q, ['family', 'birthDate']) === key(p, ['family', 'birthDate']) &&
          q.name?.[0].given?.[0] !== p.name?.[0].given?.[0],
      ),
    );
    expect(twins.length).toBeGreaterThanOrEqual(2);
  });

  it('links every child to a parent as RelatedPerson and Patient.contact', () => {
    const patients = ofType<Patient>(clinic, 'Patient');
    const related = ofType<RelatedPerson>(clinic, 'RelatedPerson');
    const children = patients.filter(
      (p) => (p.birthDate ?? '') > `${Number(HISTORY_END.slice(0, 4)) - 18}${HISTORY_END.slice(4)}`,
    );
    expect(children.length).toBeGreaterThan(0);
    for (const child of children) {
      const parent = related.find((r) => r.patient.reference === `Patient/${child.id}`);
      expect(parent?.relationship?.[0].coding?.[0].code).toMatch(/^(MTH|FTH)$/);
      expect(
        child.contact?.[0].relationship?.some((r) =>
          r.coding?.some((c) => c.code === parent?.relationship?.[0].coding?.[0].code),
        ),
      ).toBe(true);
      expect(
        patients.some((p) => p.link?.some((l) => l.other.reference === `RelatedPerson/${parent?.id}`)),
      ).toBe(true);
    }
  });

  it('gives every patient 2–10 encounters and ties every record to an existing patient and encounter', () => {
    const ids = new Set(clinic.resources.map((r) => `${r.resourceType}/${r.id}`));
    const encounters = ofType<Encounter>(clinic, 'Encounter');
    for (const patient of ofType<Patient>(clinic, 'Patient')) {
      const count = encounters.filter((e) => e.subject?.reference === `Patient/${patient.id}`).length;
      expect(count).toBeGreaterThanOrEqual(2);
      expect(count).toBeLessThanOrEqual(10);
    }
    for (const type of CLINICAL_TYPES) {
      const records = clinic.resources.filter((r) => r.resourceType === type);
      expect(records.length).toBeGreaterThan(0);
      for (const record of records) {
        expect(ids.has(patientOf(record) ?? '')).toBe(true);
        const encounter = (record as { encounter?: { reference?: string } }).encounter?.reference;
        if (encounter) {
          expect(ids.has(encounter)).toBe(true);
        }
      }
    }
  });

  it('writes coded observations with units, ranges and interpretations, grouped by lab reports', () => {
    const observations = ofType<Observation>(clinic, 'Observation');
    const labs = observations.filter((o) => o.category?.[0].coding?.[0].code === 'laboratory');
    expect(labs.length).toBeGreaterThan(0);
    for (const lab of labs) {
      expect(lab.code.coding?.[0].system).toBe('http://loinc.org');
      expect(lab.valueQuantity?.system).toBe('http://unitsofmeasure.org');
      expect(lab.referenceRange?.length).toBe(1);
      expect(['H', 'L', 'N']).toContain(lab.interpretation?.[0].coding?.[0].code);
    }
    const byId = new Map(observations.map((o) => [`Observation/${o.id}`, o]));
    for (const report of ofType<DiagnosticReport>(clinic, 'DiagnosticReport')) {
      expect(report.result?.length).toBeGreaterThan(0);
      for (const result of report.result ?? []) {
        expect(byId.get(result.reference ?? '')?.subject?.reference).toBe(report.subject?.reference);
      }
    }
    const repeated = new Map<string, number>();
    for (const lab of labs) {
      const k = `${lab.subject?.reference}|${lab.code.coding?.[0].code}`;
      repeated.set(k, (repeated.get(k) ?? 0) + 1);
    }
    expect([...repeated.values()].some((n) => n >= 3)).toBe(true);
  });

  it('attaches real PDFs with the right size and SHA-1, by Binary reference or inline', async () => {
    const binaries = new Map(ofType<Binary>(clinic, 'Binary').map((b) => [`Binary/${b.id}`, b]));
    const documents = ofType<DocumentReference>(clinic, 'DocumentReference');
    const attachments = documents.map((d) => d.content[0].attachment);
    expect(attachments.some((a) => a.url)).toBe(true);
    expect(attachments.some((a) => a.data)).toBe(true);
    for (const attachment of attachments) {
      const data = attachment.data ?? binaries.get(attachment.url ?? '')?.data;
      const bytes = Buffer.from(data ?? '', 'base64');
      expect(attachment.contentType).toBe('application/pdf');
      expect(attachment.title).toBeTruthy();
      expect(attachment.size).toBe(bytes.length);
      expect(attachment.hash).toBe(createHash('sha1').update(bytes).digest('base64'));
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
    const first = Buffer.from(
      attachments[0].data ?? binaries.get(attachments[0].url ?? '')?.data ?? '',
      'base64',
    );
    const pdf = await PDFDocument.load(first);
    expect(pdf.getPageCount()).toBe(1);
  });

  it('opens 30-minute slots on weekdays 09:00–17:00 Moscow time for the next 14 days', () => {
    const roles = ofType<PractitionerRole>(clinic, 'PractitionerRole');
    expect(roles.length).toBeGreaterThanOrEqual(10);
    expect(roles.every((r) => r.specialty?.[0].coding?.[0].system === 'urn:clinic:specialty')).toBe(true);
    expect(ofType(clinic, 'Schedule')).toHaveLength(roles.length);
    const slots = ofType<Slot>(clinic, 'Slot');
    expect(slots.length).toBeGreaterThan(roles.length * 9 * 16 * 0.9);
    for (const slot of slots) {
      expect(slot.start).toMatch(/\+03:00$/);
      const start = Date.parse(slot.start);
      expect(Date.parse(slot.end) - start).toBe(30 * 60_000);
      expect(start).toBeGreaterThan(NOW.getTime());
      expect(start).toBeLessThan(NOW.getTime() + 14 * 24 * 3600_000);
      const local = new Date(start + 3 * 3600_000);
      expect(local.getUTCDay()).toBeGreaterThanOrEqual(1);
      expect(local.getUTCDay()).toBeLessThanOrEqual(5);
      expect(local.getUTCHours()).toBeGreaterThanOrEqual(9);
      expect(local.getUTCHours()).toBeLessThan(17);
    }
    expect(slots.filter((s) => s.status === 'free').length).toBeGreaterThan(slots.length / 2);
    const busy = new Set(slots.filter((s) => s.status === 'busy').map((s) => `Slot/${s.id}`));
    const booked = ofType<Appointment>(clinic, 'Appointment').flatMap(
      (a) => a.slot?.map((s) => s.reference) ?? [],
    );
    expect(new Set(booked)).toEqual(busy);
  });

  it('produces structurally valid FHIR R4 with lastUpdated for every resource', () => {
    loadFhirDefinitions();
    for (const resource of clinic.resources) {
      expect(resource.meta?.lastUpdated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(() => validateResource(JSON.parse(JSON.stringify(resource)) as Resource)).not.toThrow();
    }
  });
});
