import { createServer } from 'node:net';
import type { ClinicSettings, ClinicTuning } from '../../src/infra/clinic';
import { FhirClinicGateway } from '../../src/infra/clinic';
import { startDemoClinicProcess, type DemoClinicProcess } from '../../../tools/scripts/demo-clinic-process';

/*
 * What the clinic gateway's integration tests share: a demo clinic of their own (fault
 * injection is per server, so a test file never shares one with other tests), gateways built
 * for it, and the demo clinic's admin API.
 */

export const SNILS_SYSTEM = 'urn:oid:1.2.643.100.3';

/** A demo clinic child process, 20 patients, seed 7, on a free port. */
export function startClinic(): Promise<DemoClinicProcess> {
  return startDemoClinicProcess({ patients: 20, seed: 7 });
}

/** Settings as `AppConfig` would give them, for `baseUrl`. */
export function settingsFor(baseUrl: string, overrides: Partial<ClinicSettings> = {}): ClinicSettings {
  return {
    CLINIC_FHIR_URL: baseUrl,
    CLINIC_AUTH: 'none',
    CLINIC_SMART_SCOPE: 'system/*.rs',
    CLINIC_TIMEOUT_MS: 5000,
    CLINIC_RETRIES: 3,
    CLINIC_MAX_PAGES: 1000,
    CLINIC_SNILS_SYSTEM: SNILS_SYSTEM,
    CLINIC_MRN_SYSTEM: 'urn:clinic:mrn',
    ...overrides,
  };
}

/** Short waits between retries so fault tests stay fast; the rules are the production ones. */
export const FAST_TUNING: Partial<ClinicTuning> = { baseDelayMs: 20, maxDelayMs: 200, maxRetryAfterMs: 3000 };

export function gatewayFor(baseUrl: string, overrides: Partial<ClinicSettings> = {}): FhirClinicGateway {
  return new FhirClinicGateway(settingsFor(baseUrl, overrides), FAST_TUNING);
}

/** A port nothing listens on: bound once, then released. */
export function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The value, or a failed test naming what was missing (instead of a non-null assertion). */
export function defined<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`expected ${what}`);
  return value;
}
