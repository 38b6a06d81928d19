import type { ExtractResource, Patient, Resource, ResourceType } from '@medplum/fhirtypes';

/**
 * One value of a search parameter. Arrays repeat the parameter (`date=ge…&date=le…`, an AND);
 * for an OR pass one comma-separated string. `undefined` leaves the parameter out.
 */
export type SearchParamValue = string | number | boolean | ReadonlyArray<string | number> | undefined;

/** FHIR search parameters by name, modifiers included (`family:exact`, `_lastUpdated`). */
export type SearchParams = Readonly<Record<string, SearchParamValue>>;

/** One page of a FHIR search, already checked. */
export interface SearchPage<T extends Resource> {
  /** The matches on this page (entries with `search.mode` `match` or none), all of the searched type. */
  resources: T[];
  /** Resources added by `_include` / `_revinclude` (`search.mode` `include`). */
  included: Resource[];
  /** `Bundle.total` as this page reports it (servers usually send it on the first page only). */
  total?: number;
  /** 1 for the first page. */
  pageNumber: number;
}

export interface SearchOptions {
  /** Stop with a {@link ClinicResponseError} after this many pages; default `CLINIC_MAX_PAGES`. */
  maxPages?: number;
}

/**
 * How to find a clinic patient. An identifier is a token (`system|value`); the demographic
 * search matches family name, given name and birth date (`YYYY-MM-DD`).
 */
export type PatientQuery =
  { identifier: { system: string; value: string } } | { family: string; given: string; birthDate: string };

/** The bytes of a `Binary` (or of an attachment URL on the clinic's server). */
export interface BinaryContent {
  contentType: string;
  data: Buffer;
}

export interface ReadBinaryOptions {
  /** Refuse (ClinicResponseError) a file larger than this; default 25 MiB. */
  maxBytes?: number;
}

export interface CreateOptions {
  /**
   * A conditional create (`If-None-Exist`, e.g. `identifier=urn:portal:booking|123`): the clinic
   * creates the resource only when no match exists, which also makes the request safe to retry.
   */
  ifNoneExist?: SearchParams;
  /** Retry on 5xx/timeouts even without `ifNoneExist`: the caller accepts a possible duplicate. */
  retry?: boolean;
}

export interface UpdateOptions {
  /**
   * Only update if the clinic's current version is this one (`meta.versionId`, or a full ETag
   * such as `W/"3"`); a stale version gives {@link ClinicConflictError}.
   */
  ifMatch?: string;
}

export interface PingResult {
  latencyMs: number;
  /** From the CapabilityStatement, when the server has `/metadata`. */
  fhirVersion?: string;
}

/**
 * The port through which the portal asks anything of the clinic's system. Inject it by this
 * class; the default adapter ({@link FhirClinicGateway}) speaks HL7 FHIR R4 over REST.
 *
 * Every method throws only {@link ClinicError} subclasses (see `clinic-errors.ts`): check
 * `error.retryable` to decide whether a job should try again later.
 */
export abstract class ClinicGateway {
  /** Checks that the clinic answers; a single attempt, no retries. */
  abstract ping(): Promise<PingResult>;

  /** Reads one resource; `ClinicNotFoundError` when it does not exist. */
  abstract read<K extends ResourceType>(type: K, id: string): Promise<ExtractResource<K>>;

  /**
   * Finds clinic patients by identifier or by names and birth date. Returns every match up to
   * `maxResults` (default 50) — enough to tell "exactly one" from "several".
   */
  abstract searchPatients(query: PatientQuery, maxResults?: number): Promise<Patient[]>;

  /**
   * Searches `type` and yields the result page by page, following the server's `next` links
   * (same origin only, each link once, at most `maxPages`). Stop early with `break`.
   */
  abstract search<K extends ResourceType>(
    type: K,
    params?: SearchParams,
    options?: SearchOptions,
  ): AsyncIterable<SearchPage<ExtractResource<K>>>;

  /**
   * Reads a file: a `Binary` id, a `Binary/{id}` reference, or an absolute or relative URL on
   * the clinic's server (as in `Attachment.url`). URLs to other hosts are refused.
   */
  abstract readBinary(idOrUrl: string, options?: ReadBinaryOptions): Promise<BinaryContent>;

  /**
   * Creates a resource and returns it as the clinic stored it (with `id` and `meta.versionId`).
   * Without `ifNoneExist` or `retry` the request is sent once: a timeout then leaves it unknown
   * whether the clinic created it.
   */
  abstract create<T extends Resource>(resource: T, options?: CreateOptions): Promise<T>;

  /**
   * Replaces a resource (it must have an `id`) and returns the stored version. With `ifMatch`, a
   * retry after a lost answer may report a conflict for our own successful write: re-read
   * before treating a conflict as someone else's change.
   */
  abstract update<T extends Resource>(resource: T, options?: UpdateOptions): Promise<T>;
}
