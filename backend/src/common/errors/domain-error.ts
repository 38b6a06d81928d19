/**
 * What kind of rule a domain error stands for. The API maps kinds to HTTP statuses in one
 * place ({@link AllExceptionsFilter}); workers map them to retry or give up. Services throw
 * domain errors rather than HTTP exceptions because the same services run inside workers.
 */
export type DomainErrorKind =
  | 'validation' // 400
  | 'unauthenticated' // 401
  | 'forbidden' // 403
  | 'not-found' // 404
  | 'conflict' // 409
  | 'rule' // 422: a business rule refused (e.g. profile not verified)
  | 'rate-limited' // 429
  | 'unavailable'; // 503: a dependency (the clinic) cannot be reached

export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;
  /** Whether a job failing with this error should be retried. */
  readonly retryable: boolean = false;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A resource that does not exist, or that the caller may not know exists. */
export class NotFoundError extends DomainError {
  readonly kind = 'not-found';
}

/** A request that conflicts with the current state (a taken slot, an already linked patient). */
export class ConflictError extends DomainError {
  readonly kind = 'conflict';
}

/** A business rule refused the request. */
export class RuleError extends DomainError {
  readonly kind = 'rule';
}

/** Input a rule refused, with messages per field like the validation pipe's (400). */
export class FieldValidationError extends DomainError {
  readonly kind = 'validation';

  constructor(readonly fields: Record<string, string[]>) {
    super(Object.values(fields).flat().join(' '));
  }
}

/** The caller is not signed in, or their credentials are wrong (401). */
export class UnauthenticatedError extends DomainError {
  readonly kind = 'unauthenticated';
}

/** The caller is signed in but may not do this (403). */
export class ForbiddenError extends DomainError {
  readonly kind = 'forbidden';
}

/** Too many attempts; the client may try again after `retryAfterSeconds` (429). */
export class RateLimitedError extends DomainError {
  readonly kind = 'rate-limited';

  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}
