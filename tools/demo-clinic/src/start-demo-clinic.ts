import { CLINICAL_RESOURCE_TYPES } from './fhir/clinical-resource-types';
import { FhirRouter } from '@medplum/fhir-router';
import type { Resource } from '@medplum/fhirtypes';
import type { AddressInfo } from 'node:net';
import { FaultInjector } from './admin/fault-injector';
import { RequestStats } from './admin/request-stats';
import { SlotBooking } from './booking/slot-booking';
import { WriteLock } from './booking/write-lock';
import { loadFhirDefinitions } from './fhir/fhir-definitions';
import { IndexedMemoryRepository } from './fhir/indexed-repository';
import type { DemoPeople } from './generator/demo-people';
import { type GeneratedClinic, generateClinic } from './generator/generate-clinic';
import { type ClinicServices, FHIR_BASE_PATH } from './http/clinic-services';
import { createDemoClinicServer } from './http/demo-clinic-server';

export const DEFAULT_PORT = 8090;
export const DEFAULT_HOST = '127.0.0.1';

export interface DemoClinicOptions {
  /** TCP port (default 8090); 0 picks a free one. */
  readonly port?: number;
  /** Address to listen on (default 127.0.0.1). The admin API answers loopback clients only. */
  readonly host?: string;
  /** Number of patients (default 200). */
  readonly patients?: number;
  /** Seed of the generated data (default 1). */
  readonly seed?: number;
  /** The moment schedules start from (default: now). */
  readonly now?: Date;
  /** Last day of the generated history (default `HISTORY_END`). */
  readonly historyEnd?: string;
  /** Called with one line per request (method, URL, status, time). */
  readonly log?: (line: string) => void;
}

export interface DemoClinic {
  /** FHIR base URL, e.g. `http://127.0.0.1:8090/fhir/R4`. */
  readonly baseUrl: string;
  /** Server root, where `/__admin` lives, e.g. `http://127.0.0.1:8090`. */
  readonly rootUrl: string;
  readonly port: number;
  readonly host: string;
  /** The engine's repository, for reading or changing data in-process. */
  readonly repo: IndexedMemoryRepository;
  readonly router: FhirRouter;
  readonly clinic: GeneratedClinic;
  readonly demo: DemoPeople;
  readonly faults: FaultInjector;
  readonly stats: RequestStats;
  /** Milliseconds from the call to listening, definitions and data included. */
  readonly startupMs: number;
  close(): Promise<void>;
}

/**
 * Generates the demo clinic's data, loads it into Medplum's in-memory FHIR engine and serves it
 * over HTTP. Resolves once the server is listening.
 */
export async function startDemoClinic(options: DemoClinicOptions = {}): Promise<DemoClinic> {
  const started = performance.now();
  const host = options.host ?? DEFAULT_HOST;
  const now = options.now ?? new Date();
  loadFhirDefinitions();
  const clinic = await generateClinic({
    patients: options.patients,
    seed: options.seed,
    now,
    historyEnd: options.historyEnd,
  });
  const repo = new IndexedMemoryRepository();
  let baseUrl = '';
  const services: ClinicServices = {
    repo,
    router: new FhirRouter(),
    lock: new WriteLock(),
    booking: new SlotBooking(repo),
    faults: new FaultInjector(),
    stats: new RequestStats(),
    clinic,
    startedAt: now.toISOString(),
    baseUrl: () => baseUrl,
    reseed: () => seedRepository(repo, clinic.resources, new Date()),
    log: options.log,
  };
  await services.reseed();
  const server = createDemoClinicServer(services);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const rootUrl = `http://${urlHost(host)}:${port}`;
  baseUrl = `${rootUrl}${FHIR_BASE_PATH}`;
  return {
    baseUrl,
    rootUrl,
    port,
    host,
    repo,
    router: services.router,
    clinic,
    demo: clinic.demo,
    faults: services.faults,
    stats: services.stats,
    startupMs: Math.round(performance.now() - started),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/**
 * Replaces the repository's content with the generated resources, keeping their ids and
 * `meta.lastUpdated` (never later than `now`, so changes made from now on always sort after them).
 */
export async function seedRepository(
  repo: IndexedMemoryRepository,
  resources: readonly Resource[],
  now: Date,
): Promise<void> {
  const nowInstant = now.toISOString();
  repo.clear();
  await repo.withSeeding(async () => {
    for (const resource of resources) {
      const lastUpdated = resource.meta?.lastUpdated;
      const seeded =
        lastUpdated && lastUpdated > nowInstant
          ? { ...resource, meta: { ...resource.meta, lastUpdated: nowInstant } }
          : resource;
      await repo.createResource(seeded, { assignedId: true });
    }
  });
  for (const [resourceType, code] of WARM_INDEXES) {
    repo.indexReferences(resourceType, code);
  }
}

/** Reference searches the portal makes all the time, indexed right after loading. */
const WARM_INDEXES: readonly (readonly [string, string])[] = [
  ...[...CLINICAL_RESOURCE_TYPES, 'RelatedPerson', 'Appointment'].map((type) => [type, 'patient'] as const),
  ['Slot', 'schedule'],
  ['Appointment', 'slot'],
  ['Schedule', 'actor'],
  ['PractitionerRole', 'practitioner'],
];

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') {
    return '127.0.0.1';
  }
  return host.includes(':') ? `[${host}]` : host;
}
