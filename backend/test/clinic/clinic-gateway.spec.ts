import type { DocumentReference, Patient } from '@medplum/fhirtypes';
import { createHash } from 'node:crypto';
import {
  ClinicConflictError,
  ClinicNotFoundError,
  ClinicRequestError,
  type FhirClinicGateway,
} from '../../src/infra/clinic';
import type { DemoClinicProcess } from '../../../tools/scripts/demo-clinic-process';
import { defined, gatewayFor, SNILS_SYSTEM, startClinic } from './clinic-fixture';

/** The clinic gateway against a real demo clinic (a FHIR R4 server over HTTP, nothing mocked). */
describe('FhirClinicGateway against the demo clinic', () => {
  let clinic: DemoClinicProcess;
  let gateway: FhirClinicGateway;
  let patients: Patient[];

  beforeAll(async () => {
    clinic = await startClinic();
    gateway = gatewayFor(clinic.baseUrl);
    patients = [];
    for await (const page of gateway.search('Patient', { _count: 50 })) patients.push(...page.resources);
  });

  afterAll(() => clinic?.stop());

  it('answers a ping with its latency', async () => {
    const result = await gateway.ping();
    expect(result.latencyMs).toBeGreaterThan(0);
    expect(result.latencyMs).toBeLessThan(5000);
  });

  it('pages through all Observations, visiting each exactly once, as many as Bundle.total', async () => {
    const seen = new Map<string, number>();
    let total: number | undefined;
    let pages = 0;
    for await (const page of gateway.search('Observation', { _count: 37 })) {
      pages += 1;
      expect(page.pageNumber).toBe(pages);
      total ??= page.total;
      for (const { resourceType, id } of page.resources) {
        expect(resourceType).toBe('Observation');
        seen.set(defined(id, 'an id'), (seen.get(defined(id, 'an id')) ?? 0) + 1);
      }
    }
    expect(total).toBeGreaterThan(37 * 2); // more than two pages, so `next` links were followed
    expect(pages).toBe(Math.ceil(defined(total, 'Bundle.total') / 37));
    expect(seen.size).toBe(total);
    expect([...seen.values()].every((times) => times === 1)).toBe(true);
  });

  it('stops paging when the caller breaks out', async () => {
    let pages = 0;
    for await (const page of gateway.search('Observation', { _count: 5 })) {
      pages += 1;
      expect(page.resources).toHaveLength(5);
      if (pages === 2) break;
    }
    expect(pages).toBe(2);
  });

  it('finds a patient by SNILS', async () => {
    const snilsOf = (p: Patient) => p.identifier?.find((i) => i.system === SNILS_SYSTEM)?.value;
    const patient = defined(patients.find(snilsOf), 'a patient with SNILS');
    const snils = defined(snilsOf(patient), 'SNILS');

    const found = await gateway.searchPatients({ identifier: { system: SNILS_SYSTEM, value: snils } });

    expect(found.map((p) => p.id)).toEqual([patient.id]);
    const none = await gateway.searchPatients({ identifier: { system: SNILS_SYSTEM, value: '00000000000' } });
    expect(none).toEqual([]);
  });

  it('finds a patient by Cyrillic family and given name and birth date', async () => {
    const patient = defined(
      patients.find(
        (p) => /[А-Яа-яЁё]/.test(p.name?.[0]?.family ?? '') && p.name?.[0]?.given?.[0] && p.birthDate,
      ),
      'a patient with a Cyrillic name and a birth date',
    );
    const family = defined(patient.name?.[0]?.family, 'family');
    const given = defined(patient.name?.[0]?.given?.[0], 'given');
    const birthDate = defined(patient.birthDate, 'birthDate');

    const found = await gateway.searchPatients({ family, given, birthDate });

    expect(found.map((p) => p.id)).toContain(patient.id);
    for (const p of found) expect(p.birthDate).toBe(patient.birthDate);
    const otherDay = await gateway.searchPatients({ family, given, birthDate: '1900-01-01' });
    expect(otherDay).toEqual([]);
  });

  it('refuses a malformed birth date before asking the clinic', async () => {
    await expect(
      gateway.searchPatients({ family: 'Иванов', given: 'Иван', birthDate: '01.02.1990' }),
    ).rejects.toThrow(ClinicRequestError);
  });

  it('reads a resource, and reports one that does not exist', async () => {
    const id = defined(patients[0]?.id, 'a patient');
    const patient = await gateway.read('Patient', id);
    expect(patient).toMatchObject({ resourceType: 'Patient', id });
    await expect(gateway.read('Patient', 'no-such-patient')).rejects.toThrow(ClinicNotFoundError);
  });

  it('reads the file of a document', async () => {
    let document: DocumentReference | undefined;
    for await (const page of gateway.search('DocumentReference', { _count: 50 })) {
      document = page.resources.find((d) => d.content?.some((c) => c.attachment?.url));
      if (document) break;
    }
    const attachment = defined(
      document?.content?.find((c) => c.attachment?.url)?.attachment,
      'an attachment',
    );
    const url = defined(attachment.url, 'an attachment url');

    const file = await gateway.readBinary(url);

    expect(file.contentType).toBe(attachment.contentType);
    expect(file.data.length).toBe(attachment.size);
    expect(createHash('sha1').update(file.data).digest('base64')).toBe(attachment.hash);
    expect(file.data.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expect(gateway.readBinary(url, { maxBytes: 1 })).rejects.toThrow(/larger than 1 bytes/);
  });

  it('refuses to read a file from another host', async () => {
    await expect(gateway.readBinary('http://169.254.169.254/latest/meta-data')).rejects.toThrow(
      ClinicRequestError,
    );
  });

  it('creates and updates with If-Match; a stale version is a conflict', async () => {
    const created = await gateway.create<Patient>({
      resourceType: 'Patient',
      name: [{ family: 'Тестова', given: ['Ёлка'] }],
      birthDate: '2001-02-03',
    });
    const id = defined(created.id, 'the new id');
    const version = defined(created.meta?.versionId, 'the new version');

    const updated = await gateway.update({ ...created, gender: 'female' }, { ifMatch: version });
    expect(updated.gender).toBe('female');
    expect(updated.meta?.versionId).not.toBe(version);

    await expect(gateway.update({ ...created, gender: 'other' }, { ifMatch: version })).rejects.toThrow(
      ClinicConflictError,
    );
    expect((await gateway.read('Patient', id)).gender).toBe('female');
  });

  it('creates only once with If-None-Exist', async () => {
    const identifier = { system: 'urn:test:clinic-gateway', value: `once-${Date.now()}` };
    const patient: Patient = { resourceType: 'Patient', identifier: [identifier], birthDate: '1999-09-09' };
    const ifNoneExist = { identifier: `${identifier.system}|${identifier.value}` };

    const first = await gateway.create(patient, { ifNoneExist });
    const second = await gateway.create(patient, { ifNoneExist });

    expect(second.id).toBe(first.id);
  });
});
