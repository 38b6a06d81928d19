import { badRequest, isOk, OperationOutcomeError } from '@medplum/core';
import { type FhirResponse, makeSimpleRequest } from '@medplum/fhir-router';
import type { Appointment, Binary, Bundle, Resource } from '@medplum/fhirtypes';
import type { IncomingHttpHeaders } from 'node:http';
import { checkResource } from '../fhir/resource-validation';
import { completeSearchBundle } from '../fhir/search-links';
import { normalizeSearch } from '../fhir/search-validation';
import { binaryFromUpload, rawBinaryResult, wantsFhirJson } from './binary-content';
import { type ClinicServices, FHIR_BASE_PATH } from './clinic-services';
import { engineResult, type HttpResult, jsonResult } from './http-result';
import { isJsonContentType, parseJson } from './request-body';

/** One FHIR request, parsed: `Patient/123` → type `Patient`, id `123`. */
export interface FhirCall {
  readonly method: string;
  readonly type: string;
  readonly id?: string;
  /** The path after the base, without the query: `Patient/123/_history/2`. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

/**
 * The FHIR interactions, each done by the engine (`FhirRouter` over the repository) with the
 * server's additions: validated and paged searches, raw Binary reads and uploads, structural
 * validation of writes, serialized writes, and the booking rule for Appointments.
 */
export class FhirInteractions {
  constructor(private readonly services: ClinicServices) {}

  /**
   * Links and `Location` headers use the address the client reached us at (its `Host`), so
   * paging works behind a container name or a port mapping, not only on the listen address.
   */
  private baseUrl(call: FhirCall): string {
    const host = call.headers.host;
    return host && /^[A-Za-z0-9.-]+(:\d+)?$|^\[[0-9a-fA-F:]+\](:\d+)?$/.test(host)
      ? `http://${host}${FHIR_BASE_PATH}`
      : this.services.baseUrl();
  }

  async search(call: FhirCall, extraParams?: URLSearchParams): Promise<HttpResult> {
    const params = new URLSearchParams(call.query);
    for (const [key, value] of extraParams ?? []) {
      params.append(key, value);
    }
    const lenient = /handling\s*=\s*lenient/i.test(String(call.headers.prefer ?? ''));
    const search = normalizeSearch(call.type, params, lenient);
    const query = new URLSearchParams(search.params.map(([key, value]): [string, string] => [key, value]));
    query.set('_count', String(search.count));
    query.set('_offset', String(search.offset));
    const response = await this.engine('GET', `${call.type}?${query.toString()}`, undefined, call.headers);
    if (!isOk(response[0]) || !response[1]) {
      return engineResult(response, this.baseUrl(call));
    }
    const bundle = completeSearchBundle(response[1] as Bundle, this.baseUrl(call), call.type, search);
    return jsonResult(200, bundle);
  }

  async read(call: FhirCall): Promise<HttpResult> {
    const response = await this.engine('GET', withQuery(call), undefined, call.headers);
    const resource = response[1];
    if (
      call.type === 'Binary' &&
      resource &&
      isOk(response[0]) &&
      !wantsFhirJson(call.headers, call.query.get('_format'))
    ) {
      return rawBinaryResult(resource as Binary, this.baseUrl(call));
    }
    return engineResult(response, this.baseUrl(call));
  }

  /** Reads that need nothing from the server: history and versions. */
  async passThrough(call: FhirCall): Promise<HttpResult> {
    return engineResult(
      await this.engine(call.method, withQuery(call), undefined, call.headers),
      this.baseUrl(call),
    );
  }

  async create(call: FhirCall): Promise<HttpResult> {
    const resource = this.bodyResource(call);
    delete resource.id;
    if (resource.meta) {
      delete resource.meta.versionId;
      delete resource.meta.lastUpdated;
    }
    if (call.type === 'Appointment' && call.headers['if-none-exist']) {
      throw new OperationOutcomeError(badRequest('Conditional create is not supported for Appointment'));
    }
    return this.services.lock.run(async () => {
      const write = () => this.engine('POST', withQuery(call), resource, call.headers);
      const response =
        call.type === 'Appointment'
          ? await this.services.booking.save(undefined, resource as Appointment, write)
          : await write();
      return engineResult(response, this.baseUrl(call));
    });
  }

  async update(call: FhirCall): Promise<HttpResult> {
    const resource = this.bodyResource(call);
    return this.services.lock.run(async () => {
      const before = await this.existing(call);
      const write = () => this.engine('PUT', withQuery(call), resource, call.headers);
      const response =
        call.type === 'Appointment'
          ? await this.services.booking.save(before as Appointment, resource as Appointment, write)
          : await write();
      return engineResult(response, this.baseUrl(call), isOk(response[0]) && !before ? 201 : undefined);
    });
  }

  async remove(call: FhirCall): Promise<HttpResult> {
    return this.services.lock.run(async () => {
      const before = await this.existing(call);
      const write = () => this.engine('DELETE', withQuery(call), undefined, call.headers);
      const response =
        call.type === 'Appointment' && before
          ? await this.services.booking.save(before as Appointment, undefined, write)
          : await write();
      return engineResult(response, this.baseUrl(call));
    });
  }

  /** PATCH and conditional writes: through the lock, but not for Appointments, which need the booking rule. */
  async otherWrite(call: FhirCall): Promise<HttpResult> {
    if (call.type === 'Appointment') {
      throw new OperationOutcomeError(
        badRequest(`${call.method} ${call.path} is not supported for Appointment; use PUT Appointment/{id}`),
      );
    }
    const body = call.body.length > 0 ? parseJson(call.body) : undefined;
    return this.services.lock.run(async () =>
      engineResult(await this.engine(call.method, withQuery(call), body, call.headers), this.baseUrl(call)),
    );
  }

  private bodyResource(call: FhirCall): Resource {
    if (call.type === 'Binary' && !isJsonContentType(call.headers['content-type'])) {
      return binaryFromUpload(call.body, call.headers['content-type'], call.id);
    }
    if (!isJsonContentType(call.headers['content-type'])) {
      throw new OperationOutcomeError(badRequest('Send FHIR resources as application/fhir+json'));
    }
    return checkResource(parseJson(call.body), call.type);
  }

  private async existing(call: FhirCall): Promise<Resource | undefined> {
    if (!call.id) {
      return undefined;
    }
    return this.services.repo.readResource(call.type, call.id).catch(() => undefined);
  }

  private engine(
    method: string,
    url: string,
    body: unknown,
    headers: IncomingHttpHeaders,
  ): Promise<FhirResponse> {
    const request = makeSimpleRequest(method as 'GET', url, body);
    request.headers = headers;
    return this.services.router.handleRequest(request, this.services.repo);
  }
}

function withQuery(call: FhirCall): string {
  const query = call.query.toString();
  return query ? `${call.path}?${query}` : call.path;
}
