import { Logger, type LoggerService } from '@nestjs/common';
import type { Patient } from '@medplum/fhirtypes';
import {
  ClinicRejectedError,
  ClinicResponseError,
  ClinicUnavailableError,
  type FhirClinicGateway,
} from '../../src/infra/clinic';
import type { DemoClinicProcess } from '../../../tools/scripts/demo-clinic-process';
import { DemoClinicAdmin } from './demo-clinic-admin';
import { closedPort, defined, gatewayFor, SNILS_SYSTEM, startClinic } from './clinic-fixture';

/**
 * What the gateway does when the clinic misbehaves, with faults injected into a real demo
 * clinic through its admin API: retries where repeating can help, none where it cannot, and
 * typed errors. The faults are per server, so the tests of this file run one after another.
 */
describe('FhirClinicGateway when the clinic misbehaves', () => {
  let clinic: DemoClinicProcess;
  let admin: DemoClinicAdmin;
  let gateway: FhirClinicGateway;
  let patientId: string;
  /** Everything the gateway logged in this file (the logger is per test file). */
  const logged: string[] = [];
  const capture = (message: unknown, ...rest: unknown[]) => void logged.push([message, ...rest].join(' '));
  const logger: LoggerService = {
    log: capture,
    warn: capture,
    error: capture,
    debug: capture,
    verbose: capture,
  };

  beforeAll(async () => {
    Logger.overrideLogger(logger);
    clinic = await startClinic();
    admin = new DemoClinicAdmin(clinic.adminUrl);
    gateway = gatewayFor(clinic.baseUrl, { CLINIC_RETRIES: 3, CLINIC_TIMEOUT_MS: 1000 });
    for await (const page of gateway.search('Patient', { _count: 1 })) {
      patientId = defined(page.resources[0]?.id, 'a patient');
      break;
    }
  });

  beforeEach(() => admin.clearFaults());
  afterAll(() => clinic?.stop());

  const patientPath = () => `Patient/${patientId}`;

  it('retries a 503 twice and then succeeds; the clinic saw three requests', async () => {
    await admin.addFault({ status: 503, count: 2, path: patientPath() });
    const before = await admin.requests('GET Patient');

    await expect(gateway.read('Patient', patientId)).resolves.toMatchObject({ id: patientId });

    expect((await admin.requests('GET Patient')) - before).toBe(3);
  });

  it('retries a 429 (too many requests)', async () => {
    await admin.addFault({ status: 429, count: 1, path: patientPath() });
    const before = await admin.requests('GET Patient');

    await expect(gateway.read('Patient', patientId)).resolves.toMatchObject({ id: patientId });

    expect((await admin.requests('GET Patient')) - before).toBe(2);
  });

  it('gives up with ClinicUnavailableError after the configured retries', async () => {
    await admin.addFault({ status: 503, count: 100, path: patientPath() });
    const before = await admin.requests('GET Patient');

    const error = await gateway.read('Patient', patientId).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ClinicUnavailableError);
    expect(error).toMatchObject({ status: 503, retryable: true });
    expect((await admin.requests('GET Patient')) - before).toBe(4); // 1 + CLINIC_RETRIES
  });

  it('times out a slow answer and succeeds on the retry', async () => {
    await admin.addFault({ delayMs: 3000, count: 1, path: patientPath() });
    const started = Date.now();

    await expect(gateway.read('Patient', patientId)).resolves.toMatchObject({ id: patientId });

    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(1000);
    expect(elapsed).toBeLessThan(2900);
  });

  it('retries malformed JSON and succeeds', async () => {
    await admin.addFault({ malformed: true, count: 1, path: patientPath() });
    const before = await admin.requests('GET Patient');

    await expect(gateway.read('Patient', patientId)).resolves.toMatchObject({ id: patientId });

    expect((await admin.requests('GET Patient')) - before).toBe(2);
  });

  it('reports JSON that stays malformed as ClinicResponseError', async () => {
    await admin.addFault({ malformed: true, count: 100, path: patientPath() });
    const error = await gateway.read('Patient', patientId).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClinicResponseError);
    expect((error as ClinicResponseError).detail).toMatch(/malformed JSON/);
  });

  it('does not retry a 400, and carries the OperationOutcome text', async () => {
    await admin.addFault({ status: 400, count: 5, path: patientPath() });
    const before = await admin.requests('GET Patient');

    const error = await gateway.read('Patient', patientId).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ClinicRejectedError);
    expect(error).toMatchObject({ status: 400, retryable: false, outcome: 'Injected fault: HTTP 400' });
    expect((await admin.requests('GET Patient')) - before).toBe(1);
  });

  it('retries a faulty page in the middle of paging and still visits every resource once', async () => {
    const ids: string[] = [];
    let total: number | undefined;
    for await (const page of gateway.search('Observation', { _count: 20 })) {
      total ??= page.total;
      ids.push(...page.resources.map((o) => defined(o.id, 'an id')));
      if (page.pageNumber === 1) await admin.addFault({ status: 502, count: 1, path: 'Observation?' });
    }
    expect(ids).toHaveLength(defined(total, 'Bundle.total'));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refuses a server that pages forever', async () => {
    await admin.addFault({ pageLoop: true, count: 5, path: 'Observation?' });
    const pages = async () => {
      for await (const page of gateway.search('Observation', { _count: 10 })) void page;
    };
    await expect(pages()).rejects.toThrow(/links back to an earlier page/);
  });

  it('stops at CLINIC_MAX_PAGES rather than page on and on', async () => {
    const capped = gatewayFor(clinic.baseUrl, { CLINIC_MAX_PAGES: 3 });
    const seen: number[] = [];
    const pages = async () => {
      for await (const page of capped.search('Observation', { _count: 10 })) seen.push(page.pageNumber);
    };
    await expect(pages()).rejects.toThrow(/more than 3 pages/);
    expect(seen).toEqual([1, 2]);
  });

  it('does not repeat a create that is not safe to repeat', async () => {
    await admin.addFault({ status: 503, count: 1, path: 'Patient', method: 'POST' });
    const before = await admin.requests('POST Patient');
    const patient: Patient = { resourceType: 'Patient', birthDate: '2000-01-01' };

    await expect(gateway.create(patient)).rejects.toThrow(ClinicUnavailableError);

    expect((await admin.requests('POST Patient')) - before).toBe(1);
  });

  it('repeats a conditional create (If-None-Exist)', async () => {
    await admin.addFault({ status: 503, count: 1, path: 'Patient', method: 'POST' });
    const patient: Patient = {
      resourceType: 'Patient',
      identifier: [{ system: 'urn:test:faults', value: `retry-${Date.now()}` }],
    };
    const ifNoneExist = { identifier: `urn:test:faults|${patient.identifier?.[0].value}` };

    await expect(gateway.create(patient, { ifNoneExist })).resolves.toMatchObject({
      resourceType: 'Patient',
    });
  });

  it('logs retries without patient data (names, identifiers, ids)', async () => {
    const patient = await gateway.read('Patient', patientId);
    const family = defined(patient.name?.[0]?.family, 'family');
    const given = defined(patient.name?.[0]?.given?.[0], 'given');
    const snils = defined(patient.identifier?.find((i) => i.system === SNILS_SYSTEM)?.value, 'SNILS');
    await admin.addFault({ status: 503, count: 1, path: 'Patient?' });
    await admin.addFault({ malformed: true, count: 1, path: 'Patient?' });
    await admin.addFault({ status: 502, count: 1, path: patientPath() });
    logged.length = 0;

    await gateway.searchPatients({ family, given, birthDate: defined(patient.birthDate, 'birthDate') });
    await gateway.searchPatients({ identifier: { system: SNILS_SYSTEM, value: snils } });
    await gateway.read('Patient', patientId);

    expect(logged.length).toBeGreaterThanOrEqual(3);
    const text = logged.join('\n');
    for (const secret of [family, given, snils, encodeURIComponent(family), patientId]) {
      expect(text).not.toContain(secret);
    }
  });

  it('reports a clinic that is down as ClinicUnavailableError, after the retries, quickly', async () => {
    const port = await closedPort();
    const down = gatewayFor(`http://127.0.0.1:${port}/fhir/R4`, {
      CLINIC_RETRIES: 2,
      CLINIC_TIMEOUT_MS: 500,
    });
    const started = Date.now();

    const error = await down.read('Patient', 'p1').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ClinicUnavailableError);
    expect((error as Error).message).toMatch(/ECONNREFUSED/);
    expect(Date.now() - started).toBeLessThan(2000);
    await expect(down.ping()).rejects.toThrow(ClinicUnavailableError);
  });
});
