import { CLINICAL_RESOURCE_TYPES } from '../fhir/clinical-resource-types';
import type { Bundle, Observation, OperationOutcome, Patient, RelatedPerson, Slot } from '@medplum/fhirtypes';
import { PDFDocument } from 'pdf-lib';
import { type DemoClinic, startDemoClinic } from '../start-demo-clinic';
import { collectPages, get, searchUrl } from '../testing/fhir-test-client';

const CLINICAL_TYPES = CLINICAL_RESOURCE_TYPES;

describe('demo clinic FHIR searches over HTTP', () => {
  let clinic: DemoClinic;
  let base: string;

  beforeAll(async () => {
    clinic = await startDemoClinic({ port: 0, patients: 30, seed: 5 });
    base = clinic.baseUrl;
  });

  afterAll(async () => {
    await clinic.close();
  });

  it('listens on a free port and serves a CapabilityStatement as application/fhir+json', async () => {
    expect(clinic.port).toBeGreaterThan(0);
    const response = await get(`${base}/metadata`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/fhir\+json/);
    expect(response.body.resourceType).toBe('CapabilityStatement');
    expect(JSON.stringify(response.body)).toContain('"type":"Slot"');
  });

  it('builds paging links from the address the client used (a container name behind a port mapping)', async () => {
    const { request } = await import('node:http');
    const body = await new Promise<string>((resolve, reject) => {
      const req = request(
        `${base}/Patient?_count=2`,
        { headers: { host: 'demo-clinic:8090', accept: 'application/fhir+json' } },
        (res) => {
          let text = '';
          res
            .setEncoding('utf8')
            .on('data', (chunk) => (text += chunk))
            .on('end', () => resolve(text));
        },
      );
      req.on('error', reject).end();
    });
    const next = (JSON.parse(body) as Bundle).link?.find((l) => l.relation === 'next')?.url;
    expect(next).toMatch(/^http:\/\/demo-clinic:8090\/fhir\/R4\/Patient\?/);
  });

  it('finds a patient by SNILS and by medical record number', async () => {
    const person = clinic.demo.patients[0];
    const bySnils = await get<Bundle<Patient>>(
      searchUrl(base, 'Patient', { identifier: `urn:oid:1.2.643.100.3|${person.snils}` }),
    );
    expect(bySnils.body.total).toBe(1);
    expect(bySnils.body.entry?.[0].resource?.id).toBe(person.patientId);
    const byMrn = await get<Bundle<Patient>>(
      searchUrl(base, 'Patient', { identifier: `urn:clinic:mrn|${person.mrn}` }),
    );
    expect(byMrn.body.entry?.map((e) => e.resource?.id)).toEqual([person.patientId]);
  });

  it('finds a patient by Cyrillic family, given name and birth date, with е for ё', async () => {
    const person = clinic.demo.patients.find((p) => p.given.includes('ё'));
    expect(person).toBeDefined();
    const params = {
      family: person?.family ?? '',
      given: person?.given ?? '',
      birthdate: person?.birthDate ?? '',
    };
    const exact = await get<Bundle<Patient>>(searchUrl(base, 'Patient', params));
    expect(exact.body.entry?.map((e) => e.resource?.id)).toEqual([person?.patientId]);
    const plainE = await get<Bundle<Patient>>(
      searchUrl(base, 'Patient', { ...params, given: params.given.replace('ё', 'е').toUpperCase() }),
    );
    expect(plainE.body.entry?.map((e) => e.resource?.id)).toEqual([person?.patientId]);
  });

  it('returns both namesakes for their shared name and birth date', async () => {
    const namesake = clinic.demo.patients.find((p) => p.note.includes('namesake'));
    const response = await get<Bundle<Patient>>(
      searchUrl(base, 'Patient', {
        family: namesake?.family ?? '',
        given: namesake?.given ?? '',
        birthdate: namesake?.birthDate ?? '',
      }),
    );
    expect(response.body.total).toBe(2);
  });

  it('pages with next links that visit every patient exactly once', async () => {
    const { resources, pages, total } = await collectPages(searchUrl(base, 'Patient', { _count: 7 }));
    expect(total).toBe(30);
    expect(pages).toBe(5);
    const ids = resources.map((r) => r?.id);
    expect(new Set(ids).size).toBe(30);
    expect(ids).toHaveLength(30);
  });

  it('writes self, first, previous and next links and applies a default _count of 20', async () => {
    const first = await get<Bundle>(`${base}/Observation`);
    expect(first.body.entry).toHaveLength(20);
    const relations = first.body.link?.map((l) => l.relation);
    expect(relations).toEqual(['self', 'first', 'next']);
    const second = await get<Bundle>(first.body.link?.find((l) => l.relation === 'next')?.url ?? '');
    expect(second.body.link?.map((l) => l.relation)).toEqual(['self', 'first', 'previous', 'next']);
    const capped = await get<Bundle>(searchUrl(base, 'Observation', { _count: 5000 }));
    expect(capped.body.entry?.length).toBe(Math.min(1000, capped.body.total ?? 0));
  });

  it('pages a patient’s observations to the same set as one big page', async () => {
    const patientId = clinic.demo.patients[1].patientId;
    const all = await get<Bundle<Observation>>(
      searchUrl(base, 'Observation', { patient: patientId, _count: 1000 }),
    );
    const paged = await collectPages(searchUrl(base, 'Observation', { patient: patientId, _count: 3 }));
    expect(paged.resources.map((r) => r?.id)).toEqual(all.body.entry?.map((e) => e.resource?.id));
    expect(all.body.entry?.every((e) => e.resource?.subject?.reference === `Patient/${patientId}`)).toBe(
      true,
    );
  });

  it('answers {Type}?patient=&_lastUpdated=gt&_count= for all nine record types', async () => {
    const patientId = clinic.demo.patients[0].patientId;
    for (const type of CLINICAL_TYPES) {
      const everything = await collectPages(searchUrl(base, type, { patient: patientId, _count: 50 }));
      const stamps = everything.resources
        .map((r) => (r as { meta?: { lastUpdated?: string } }).meta?.lastUpdated ?? '')
        .sort();
      const threshold =
        stamps.length > 0 ? stamps[Math.floor(stamps.length / 2)] : '2000-01-01T00:00:00.000Z';
      const newer = await collectPages(
        searchUrl(base, type, { patient: `Patient/${patientId}`, _lastUpdated: `gt${threshold}`, _count: 2 }),
      );
      const expected = everything.resources.filter(
        (r) => ((r as { meta?: { lastUpdated?: string } }).meta?.lastUpdated ?? '') > threshold,
      );
      expect(newer.resources.map((r) => r?.id).sort()).toEqual(expected.map((r) => r?.id).sort());
      for (const resource of everything.resources) {
        const record = resource as { subject?: { reference?: string }; patient?: { reference?: string } };
        expect((record.subject ?? record.patient)?.reference).toBe(`Patient/${patientId}`);
      }
    }
  });

  it('rejects unknown and unsupported parameters with 400 unless lenient', async () => {
    const unknown = await get<OperationOutcome>(searchUrl(base, 'Observation', { foo: 'bar' }));
    expect(unknown.status).toBe(400);
    expect(unknown.body.resourceType).toBe('OperationOutcome');
    expect(unknown.body.issue[0].details?.text).toContain('foo');
    const quantity = await get<OperationOutcome>(searchUrl(base, 'Observation', { 'value-quantity': '5' }));
    expect(quantity.status).toBe(400);
    const text = await get<OperationOutcome>(searchUrl(base, 'Condition', { 'code:text': 'грипп' }));
    expect(text.status).toBe(400);
    const lenient = await get<Bundle>(searchUrl(base, 'Observation', { foo: 'bar', _count: 1 }), {
      prefer: 'handling=lenient',
    });
    expect(lenient.status).toBe(200);
    expect(lenient.body.entry?.some((e) => e.search?.mode === 'outcome')).toBe(true);
  });

  it('serves doctors, roles, schedules and free slots from a given time', async () => {
    const practitioners = await get<Bundle>(`${base}/Practitioner`);
    expect(practitioners.body.total).toBeGreaterThanOrEqual(10);
    const roles = await get<Bundle>(
      searchUrl(base, 'PractitionerRole', { specialty: 'urn:clinic:specialty|pediatrician' }),
    );
    expect(roles.body.total).toBe(2);
    const schedules = await get<Bundle>(`${base}/Schedule`);
    const scheduleId = schedules.body.entry?.[0].resource?.id ?? '';
    const from = new Date(Date.now() + 3 * 24 * 3600_000);
    const fromText = `${new Date(from.getTime() + 3 * 3600_000).toISOString().slice(0, 19)}+03:00`;
    const slots = await collectPages(
      searchUrl(base, 'Slot', {
        schedule: `Schedule/${scheduleId}`,
        status: 'free',
        start: `ge${fromText}`,
        _count: 100,
      }),
    );
    expect(slots.resources.length).toBeGreaterThan(0);
    for (const slot of slots.resources as unknown as Slot[]) {
      expect(slot.status).toBe('free');
      expect(slot.schedule.reference).toBe(`Schedule/${scheduleId}`);
      expect(Date.parse(slot.start)).toBeGreaterThanOrEqual(Date.parse(fromText));
    }
  });

  it('finds a child’s parent with RelatedPerson?patient=', async () => {
    const child = clinic.demo.child;
    const related = await get<Bundle<RelatedPerson>>(
      searchUrl(base, 'RelatedPerson', { patient: child?.patientId ?? '' }),
    );
    expect(related.body.entry?.[0].resource?.name?.[0].text).toBe(clinic.demo.parent?.fullName);
  });

  it('returns a Binary as raw PDF bytes, or as FHIR JSON when asked', async () => {
    const documents = await get<Bundle>(searchUrl(base, 'DocumentReference', { _count: 100 }));
    const url = documents.body.entry
      ?.map(
        (e) => (e.resource as { content?: { attachment: { url?: string } }[] }).content?.[0].attachment.url,
      )
      .find(Boolean);
    const raw = await fetch(`${base}/${url}`, { headers: { accept: 'application/pdf' } });
    expect(raw.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await raw.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    const json = await get(`${base}/${url}`);
    expect(json.body.resourceType).toBe('Binary');
    expect(json.body.contentType).toBe('application/pdf');
  });
});
