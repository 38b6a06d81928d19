import type { FhirRouter } from '@medplum/fhir-router';
import type { FaultInjector } from '../admin/fault-injector';
import type { RequestStats } from '../admin/request-stats';
import type { SlotBooking } from '../booking/slot-booking';
import type { WriteLock } from '../booking/write-lock';
import type { IndexedMemoryRepository } from '../fhir/indexed-repository';
import type { GeneratedClinic } from '../generator/generate-clinic';

/** The FHIR base path under the server root. */
export const FHIR_BASE_PATH = '/fhir/R4';

/** Everything the HTTP handlers share: the engine, the booking rule, faults and counters. */
export interface ClinicServices {
  readonly repo: IndexedMemoryRepository;
  readonly router: FhirRouter;
  readonly lock: WriteLock;
  readonly booking: SlotBooking;
  readonly faults: FaultInjector;
  readonly stats: RequestStats;
  /** The generated data, for `/__admin/demo` and `/__admin/reset`. */
  readonly clinic: GeneratedClinic;
  readonly startedAt: string;
  /** Absolute FHIR base URL, e.g. `http://127.0.0.1:8090/fhir/R4` (known once listening). */
  baseUrl(): string;
  /** Puts the generated data back (used at start and by `/__admin/reset`). */
  reseed(): Promise<void>;
  /** One line per request when logging is on. */
  readonly log?: (line: string) => void;
}
