import type { Binary, ExtractResource, Patient, Resource, ResourceType } from '@medplum/fhirtypes';
import { performance } from 'node:perf_hooks';
import { createClinicAuth } from './clinic-auth';
import {
  ClinicNotFoundError,
  ClinicRejectedError,
  ClinicRequestError,
  ClinicResponseError,
} from './clinic-errors';
import {
  ClinicGateway,
  type BinaryContent,
  type CreateOptions,
  type PatientQuery,
  type PingResult,
  type ReadBinaryOptions,
  type SearchOptions,
  type SearchPage,
  type SearchParams,
  type UpdateOptions,
} from './clinic-gateway';
import { DEFAULT_CLINIC_TUNING, type ClinicSettings, type ClinicTuning } from './clinic-settings';
import { FhirHttpClient, type FhirResponse } from './fhir-http-client';
import { checkSearchBundle, expectResource, isFhirJsonContentType, parseFhirJson } from './fhir-response';
import { pageThrough } from './fhir-search-pager';
import {
  assertFhirId,
  binaryUrl,
  describeRequest,
  encodeSearchParams,
  escapeSearchValue,
  normalizeBaseUrl,
  resolveOnOrigin,
  resourceUrl,
  searchUrl,
} from './fhir-url';

const BIRTH_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Room for the JSON around a base64 `Binary.data` (base64 itself is 4/3 of the bytes). */
const BINARY_JSON_OVERHEAD = 64 * 1024;

/**
 * The {@link ClinicGateway} for an HL7 FHIR R4 REST server (`CLINIC_FHIR_URL`), with the auth
 * `CLINIC_AUTH` selects. Construct it with `AppConfig` (Nest does, see `ClinicModule`) or any
 * object with the `CLINIC_*` settings; `tuning` shortens waits in tests.
 */
export class FhirClinicGateway extends ClinicGateway {
  private readonly base: URL;
  private readonly http: FhirHttpClient;
  private readonly tuning: ClinicTuning;

  constructor(
    private readonly settings: ClinicSettings,
    tuning: Partial<ClinicTuning> = {},
  ) {
    super();
    this.base = normalizeBaseUrl(settings.CLINIC_FHIR_URL);
    this.tuning = { ...DEFAULT_CLINIC_TUNING, ...tuning };
    this.http = new FhirHttpClient(createClinicAuth(settings), settings.CLINIC_TIMEOUT_MS, {
      ...this.tuning,
      retries: settings.CLINIC_RETRIES,
    });
  }

  async ping(): Promise<PingResult> {
    let started = performance.now();
    try {
      const response = await this.get(new URL('metadata', this.base), 0);
      const capability = expectResource(response.json, 'CapabilityStatement');
      return { latencyMs: performance.now() - started, fhirVersion: capability.fhirVersion };
    } catch (error) {
      // `/metadata` is mandatory in FHIR but not everywhere implemented: fall back to a tiny search.
      const fallback =
        error instanceof ClinicNotFoundError ||
        error instanceof ClinicRejectedError ||
        error instanceof ClinicResponseError;
      if (!fallback) throw error;
    }
    started = performance.now();
    const response = await this.get(searchUrl(this.base, 'Patient', { _count: 1 }), 0);
    checkSearchBundle(response.json, 'Patient');
    return { latencyMs: performance.now() - started };
  }

  async read<K extends ResourceType>(type: K, id: string): Promise<ExtractResource<K>> {
    const response = await this.get(resourceUrl(this.base, type, id));
    return expectResource(response.json, type, id);
  }

  async searchPatients(query: PatientQuery, maxResults = 50): Promise<Patient[]> {
    const params: Record<string, string | number> = { _count: Math.min(maxResults, 100) };
    if ('identifier' in query) {
      const { system, value } = query.identifier;
      params.identifier = `${escapeSearchValue(system.trim())}|${escapeSearchValue(value.trim())}`;
    } else {
      if (!BIRTH_DATE.test(query.birthDate)) throw new ClinicRequestError('birthDate must be YYYY-MM-DD');
      params.family = escapeSearchValue(query.family.trim());
      params.given = escapeSearchValue(query.given.trim());
      params.birthdate = query.birthDate;
    }
    const patients: Patient[] = [];
    for await (const page of this.search('Patient', params)) {
      patients.push(...page.resources);
      if (patients.length >= maxResults) break;
    }
    return patients.slice(0, maxResults);
  }

  search<K extends ResourceType>(
    type: K,
    params?: SearchParams,
    options?: SearchOptions,
  ): AsyncIterable<SearchPage<ExtractResource<K>>> {
    // Built eagerly so an invalid type fails at the call, not at the first `next()`.
    const first = searchUrl(this.base, type, params);
    return pageThrough(this.http, type, first, {
      base: this.base,
      maxPages: options?.maxPages ?? this.settings.CLINIC_MAX_PAGES,
      maxBytes: this.tuning.maxJsonBytes,
    });
  }

  async readBinary(idOrUrl: string, options?: ReadBinaryOptions): Promise<BinaryContent> {
    const maxBytes = options?.maxBytes ?? this.tuning.maxBinaryBytes;
    const url = binaryUrl(this.base, idOrUrl);
    const what = describeRequest('GET', this.base, url);
    const response = await this.http.send({
      method: 'GET',
      url,
      what,
      idempotent: true,
      expect: 'bytes',
      maxBytes: Math.ceil((maxBytes * 4) / 3) + BINARY_JSON_OVERHEAD,
    });
    const content = this.binaryContent(response, what);
    if (content.data.length > maxBytes) {
      throw new ClinicResponseError(
        `${what}: file refused`,
        `larger than ${maxBytes} bytes`,
        response.status,
      );
    }
    return content;
  }

  async create<T extends Resource>(resource: T, options: CreateOptions = {}): Promise<T> {
    const type = resource.resourceType;
    const url = resourceUrl(this.base, type);
    const headers: Record<string, string> = { prefer: 'return=representation' };
    if (options.ifNoneExist) headers['if-none-exist'] = encodeSearchParams(options.ifNoneExist);
    const response = await this.http.send({
      method: 'POST',
      url,
      what: `POST ${type}`,
      body: JSON.stringify(resource),
      headers,
      idempotent: !!options.ifNoneExist || !!options.retry,
      expect: 'json',
      maxBytes: this.tuning.maxJsonBytes,
    });
    return this.storedResource(response, type) as Promise<T>;
  }

  async update<T extends Resource>(resource: T, options: UpdateOptions = {}): Promise<T> {
    const type = resource.resourceType;
    if (!resource.id) throw new ClinicRequestError(`update of ${type} without an id`);
    const url = resourceUrl(this.base, type, resource.id);
    const headers: Record<string, string> = { prefer: 'return=representation' };
    if (options.ifMatch !== undefined) headers['if-match'] = toEtag(options.ifMatch);
    const response = await this.http.send({
      method: 'PUT',
      url,
      what: `PUT ${type}/{id}`,
      body: JSON.stringify(resource),
      headers,
      idempotent: true,
      expect: 'json',
      maxBytes: this.tuning.maxJsonBytes,
    });
    return this.storedResource(response, type, resource.id) as Promise<T>;
  }

  private get(url: URL, retries?: number): Promise<FhirResponse> {
    return this.http.send({
      method: 'GET',
      url,
      what: describeRequest('GET', this.base, url),
      idempotent: true,
      expect: 'json',
      maxBytes: this.tuning.maxJsonBytes,
      retries,
    });
  }

  /**
   * The resource a create or update stored: from the body, or — when the server answers without
   * one — read back from the `Location` it points to.
   */
  private async storedResource(response: FhirResponse, type: ResourceType, id?: string): Promise<Resource> {
    if (response.json !== undefined) return expectResource(response.json, type, id);
    const location = response.headers.get('location') ?? response.headers.get('content-location');
    const url = location ? resolveOnOrigin(this.base, location) : undefined;
    const match = url && new RegExp(`/${type}/([^/]+)`).exec(url.pathname);
    const storedId = match ? match[1] : id;
    if (!storedId)
      throw new ClinicResponseError(`${type} stored`, 'no body and no Location', response.status);
    assertFhirId(storedId);
    return this.read(type, storedId);
  }

  /** Raw bytes as the server sent them, or a FHIR `Binary` resource with base64 `data`. */
  private binaryContent(response: FhirResponse, what: string): BinaryContent {
    const contentType = response.contentType ?? 'application/octet-stream';
    if (!isFhirJsonContentType(contentType)) return { contentType, data: response.body };
    const json = parseFhirJson(response.body, contentType, response.status) as { resourceType?: unknown };
    // A plain `application/json` that is not a Binary is the file itself (a JSON document).
    if (json?.resourceType !== 'Binary' && !contentType.toLowerCase().includes('fhir')) {
      return { contentType, data: response.body };
    }
    const binary: Binary = expectResource(json, 'Binary');
    if (typeof binary.data !== 'string' || !/^[A-Za-z0-9+/=\s]*$/.test(binary.data)) {
      throw new ClinicResponseError(
        `${what}: unexpected answer`,
        'Binary without valid base64 data',
        response.status,
      );
    }
    return {
      contentType: binary.contentType ?? 'application/octet-stream',
      data: Buffer.from(binary.data, 'base64'),
    };
  }
}

/** `3` → `W/"3"`; an ETag given whole (`W/"3"`, `"3"`) is sent as is. */
export function toEtag(version: string): string {
  return /^(W\/)?"/.test(version) ? version : `W/"${version}"`;
}
