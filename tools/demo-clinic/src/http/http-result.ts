import { getStatus, isOperationOutcome, OperationOutcomeError } from '@medplum/core';
import type { FhirResponse } from '@medplum/fhir-router';
import type { OperationOutcome, Resource } from '@medplum/fhirtypes';
import type { ServerResponse } from 'node:http';

export const FHIR_JSON = 'application/fhir+json; charset=utf-8';

/** A complete answer, built before anything is written, so faults can still alter it. */
export interface HttpResult {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: Buffer;
}

export function jsonResult(
  status: number,
  value: unknown,
  contentType = FHIR_JSON,
  headers: Record<string, string> = {},
): HttpResult {
  return {
    status,
    headers: { 'content-type': contentType, ...headers },
    body: Buffer.from(JSON.stringify(value)),
  };
}

export function outcomeResult(outcome: OperationOutcome, status = getStatus(outcome)): HttpResult {
  return jsonResult(status, outcome);
}

/** An OperationOutcome with one issue, for errors the engine does not produce itself. */
export function simpleOutcome(
  severity: 'error' | 'warning' | 'information',
  code: string,
  text: string,
): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: [{ severity, code: code as 'invalid', details: { text } }],
  };
}

/**
 * The engine's `[outcome, resource]` as HTTP: the status from the outcome, the resource (or the
 * outcome) as `application/fhir+json`, and `ETag`, `Last-Modified` and, on 201, `Location`.
 */
export function engineResult(response: FhirResponse, baseUrl: string, statusOverride?: number): HttpResult {
  const [outcome, resource] = response;
  const status = statusOverride ?? getStatus(outcome);
  if (!resource || status >= 400) {
    return outcomeResult(outcome, status);
  }
  return jsonResult(status, resource, FHIR_JSON, versionHeaders(resource, baseUrl, status === 201));
}

export function versionHeaders(
  resource: Resource,
  baseUrl: string,
  withLocation: boolean,
): Record<string, string> {
  const headers: Record<string, string> = {};
  const { versionId, lastUpdated } = resource.meta ?? {};
  if (versionId && !isOperationOutcome(resource)) {
    headers.etag = `W/"${versionId}"`;
    if (withLocation && resource.id) {
      headers.location = `${baseUrl}/${resource.resourceType}/${resource.id}/_history/${versionId}`;
    }
  }
  if (lastUpdated) {
    headers['last-modified'] = new Date(lastUpdated).toUTCString();
  }
  return headers;
}

/** An OperationOutcomeError as its status and outcome; anything else as a 500. */
export function errorResult(err: unknown): HttpResult {
  if (err instanceof OperationOutcomeError) {
    return outcomeResult(err.outcome);
  }
  return outcomeResult(
    simpleOutcome('error', 'exception', `Internal error: ${(err as Error)?.message ?? String(err)}`),
    500,
  );
}

export function sendResult(res: ServerResponse, result: HttpResult, headOnly = false): void {
  res.writeHead(result.status, { ...result.headers, 'content-length': String(result.body.length) });
  res.end(headOnly ? undefined : result.body);
}
