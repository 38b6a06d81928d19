/**
 * Errors of the clinic gateway. Plain `Error` subclasses rather than Nest `HttpException`s:
 * the same gateway runs inside BullMQ workers, where `retryable` decides between a retry with
 * backoff and giving up (`UnrecoverableError`), and inside the API, where the one exception
 * filter maps them to HTTP.
 *
 * Messages never contain patient data (search values, names, identifiers): they end up in logs
 * and in the admins' failed-jobs view.
 */
export abstract class ClinicError extends Error {
  /** True when the same request may succeed later without any change on our side. */
  abstract readonly retryable: boolean;

  constructor(
    message: string,
    /** HTTP status of the clinic's answer, when there was one. */
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/**
 * The clinic could not be reached or did not answer in time: connection refused or reset,
 * timeout, 5xx, 429 — after the gateway's own retries were used up.
 */
export class ClinicUnavailableError extends ClinicError {
  readonly retryable = true;
  /** The clinic asked us (Retry-After) to come back no sooner than this. */
  readonly retryAfterMs?: number;

  constructor(message: string, status?: number, options?: { cause?: unknown; retryAfterMs?: number }) {
    super(message, status, options);
    this.retryAfterMs = options?.retryAfterMs;
  }
}

/**
 * The clinic answered something we cannot accept: malformed JSON, a wrong content type or
 * resource type, a Bundle entry of another type, a `next` link to another host, endless paging,
 * a body over the size limit. Not retryable: the server is misbehaving or not to be trusted.
 */
export class ClinicResponseError extends ClinicError {
  readonly retryable = false;

  constructor(
    message: string,
    /** What exactly was wrong, for admins (never contains resource content). */
    readonly detail: string,
    status?: number,
    options?: { cause?: unknown },
  ) {
    super(`${message}: ${detail}`, status, options);
  }
}

/** 404 or 410: the resource does not exist (or no longer). */
export class ClinicNotFoundError extends ClinicError {
  readonly retryable = false;
}

/** 409 or 412: a version conflict (`If-Match` on a stale version) or a duplicate. */
export class ClinicConflictError extends ClinicError {
  readonly retryable = false;

  constructor(
    message: string,
    status: number,
    /** The clinic's OperationOutcome text, if it sent one. */
    readonly outcome?: string,
  ) {
    super(outcome ? `${message}: ${outcome}` : message, status);
  }
}

/**
 * Any other 4xx (400, 401, 403, 422, …): the clinic refused the request. `outcome` carries the
 * clinic's OperationOutcome text so admins can see why.
 */
export class ClinicRejectedError extends ClinicError {
  readonly retryable = false;

  constructor(
    message: string,
    status: number,
    readonly outcome?: string,
  ) {
    super(outcome ? `${message}: ${outcome}` : message, status);
  }
}

/**
 * The request was refused before it was sent: an invalid resource type or id (for example a
 * `Binary/../x` reference taken from a server's resource), or a URL pointing to another host.
 */
export class ClinicRequestError extends ClinicError {
  readonly retryable = false;
}
