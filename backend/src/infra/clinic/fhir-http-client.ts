import { Logger } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ClinicAuth } from './clinic-auth';
import { ClinicError, ClinicResponseError, ClinicUnavailableError } from './clinic-errors';
import { errorForStatus, isFhirJsonContentType } from './fhir-response';
import {
  decideRetry,
  describeTransportError,
  isRetryableStatus,
  isTransportError,
  parseRetryAfter,
  type RetryTuning,
} from './retry-policy';

/** One request to the clinic, as the gateway describes it. */
export interface FhirRequest {
  method: 'GET' | 'POST' | 'PUT';
  url: URL;
  /** A data-free description for messages and logs, e.g. `GET Observation?…`. */
  what: string;
  body?: string;
  headers?: Record<string, string>;
  /** Whether repeating the request is safe; only then is it retried automatically. */
  idempotent: boolean;
  /** `json`: a FHIR JSON answer is required and parsed. `bytes`: any content, returned raw. */
  expect: 'json' | 'bytes';
  /** Largest body accepted on success. */
  maxBytes: number;
  /** Overrides `CLINIC_RETRIES` (the health check makes a single attempt). */
  retries?: number;
}

export interface FhirResponse {
  status: number;
  headers: Headers;
  contentType: string | null;
  body: Buffer;
  /** The parsed body when `expect` was `json` (and the answer had one). */
  json?: unknown;
}

/** Error bodies only matter for their OperationOutcome text; a bigger one is ignored. */
const ERROR_BODY_MAX_BYTES = 64 * 1024;

class BodyTooLargeError extends Error {}

/**
 * Sends requests to the clinic: authorization, a timeout per attempt, and retries with
 * exponential backoff and jitter on 5xx, 408, 429 (honouring Retry-After), timeouts, connection
 * errors and malformed JSON — for idempotent requests only. Non-2xx answers become
 * {@link ClinicError}s; redirects are not followed (they could lead off the clinic's host).
 */
export class FhirHttpClient {
  private readonly logger = new Logger('ClinicGateway');

  constructor(
    private readonly auth: ClinicAuth,
    private readonly timeoutMs: number,
    private readonly retry: RetryTuning,
  ) {}

  async send(request: FhirRequest): Promise<FhirResponse> {
    const tuning = request.retries === undefined ? this.retry : { ...this.retry, retries: request.retries };
    let retries = 0;
    let reauthorized = false;
    for (;;) {
      let failure: ClinicError;
      let retryAfterMs: number | undefined;
      try {
        const response = await this.attempt(request);
        if (response.status === 401 && !reauthorized && this.auth.invalidate()) {
          reauthorized = true; // a token may have been revoked or expired early: fetch a new one, once
          continue;
        }
        if (response.status >= 200 && response.status < 300) {
          const accepted = this.accept(request, response);
          if (!(accepted instanceof ClinicResponseError)) return accepted;
          failure = accepted; // malformed JSON: possibly a body cut short on the way, worth another try
        } else {
          retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
          failure = errorForStatus(response.status, request.what, response.json, retryAfterMs);
          if (!isRetryableStatus(response.status)) throw failure;
        }
      } catch (error) {
        if (error instanceof ClinicUnavailableError) failure = error;
        else if (isTransportError(error)) {
          const message = `${request.what}: ${describeTransportError(error)}`;
          failure = new ClinicUnavailableError(message, undefined, { cause: error });
        } else throw error;
      }
      if (!request.idempotent) throw failure;
      const decision = decideRetry(retries, tuning, retryAfterMs);
      if (decision.action === 'give-up') {
        if (retries > 0 || tuning.retries > 0) {
          this.logger.warn(`${describe(request, failure)}; giving up after ${retries + 1} attempt(s)`);
        }
        if (decision.reason === 'retry-after-too-long' && failure instanceof ClinicUnavailableError) {
          throw new ClinicUnavailableError(failure.message, failure.status, {
            retryAfterMs: decision.retryAfterMs,
          });
        }
        throw failure;
      }
      retries += 1;
      this.logger.warn(
        `${describe(request, failure)}; retry ${retries}/${tuning.retries} in ${decision.delayMs} ms`,
      );
      await sleep(decision.delayMs);
    }
  }

  /** One attempt: the answer with its body read (within the same timeout), not yet judged. */
  private async attempt(request: FhirRequest): Promise<FhirResponse> {
    const authorization = await this.auth.authorization();
    const headers: Record<string, string> = {
      accept: request.expect === 'json' ? 'application/fhir+json' : '*/*',
      ...(request.body !== undefined ? { 'content-type': 'application/fhir+json; charset=utf-8' } : {}),
      ...(authorization ? { authorization } : {}),
      ...request.headers,
    };
    const response = await fetch(request.url, {
      method: request.method,
      headers,
      body: request.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    const contentType = response.headers.get('content-type');
    const ok = response.status >= 200 && response.status < 300;
    if (!ok) {
      // Only an OperationOutcome is of interest in an error body; an oversized one is dropped.
      const body = await readBody(response, ERROR_BODY_MAX_BYTES).catch((error: unknown) => {
        if (error instanceof BodyTooLargeError) return Buffer.alloc(0);
        throw error;
      });
      const json = isFhirJsonContentType(contentType) ? tryParse(body) : undefined;
      return { status: response.status, headers: response.headers, contentType, body, json };
    }
    try {
      const body = await readBody(response, request.maxBytes);
      return { status: response.status, headers: response.headers, contentType, body };
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      throw new ClinicResponseError(
        `${request.what}: answer refused`,
        `larger than ${request.maxBytes} bytes`,
        response.status,
      );
    }
  }

  /**
   * A 2xx answer: parse FHIR JSON when required (an empty body is allowed, e.g. 201 without
   * content). A wrong content type throws; malformed JSON is returned as an error, to be retried.
   */
  private accept(request: FhirRequest, response: FhirResponse): FhirResponse | ClinicResponseError {
    if (request.expect === 'bytes' || response.body.length === 0) return response;
    if (!isFhirJsonContentType(response.contentType)) {
      throw new ClinicResponseError(
        `${request.what}: unexpected answer`,
        `content type "${response.contentType ?? 'none'}"`,
        response.status,
      );
    }
    try {
      return { ...response, json: JSON.parse(response.body.toString('utf8')) };
    } catch (cause) {
      return new ClinicResponseError(
        `${request.what}: unexpected answer`,
        `malformed JSON (${response.body.length} bytes)`,
        response.status,
        { cause },
      );
    }
  }
}

/** The failure for a log line: our messages carry no patient data; prefixed with the request when they do not name it. */
function describe(request: FhirRequest, failure: ClinicError): string {
  return failure.message.startsWith(request.what) ? failure.message : `${request.what}: ${failure.message}`;
}

function tryParse(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

/** Reads a body, refusing (by Content-Length or while streaming) more than `maxBytes`. */
async function readBody(response: Response, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new BodyTooLargeError();
  }
  if (!response.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new BodyTooLargeError(); // leaving the loop cancels the stream
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}
