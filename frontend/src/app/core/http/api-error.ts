import { HttpErrorResponse } from '@angular/common/http';
import { httpErrorMessage } from './http-error-message';
import { localizeServerMessage } from './server-messages';

/** A failed API call, as a form needs it: `{statusCode, error, message, fields?}` plus 429's wait. */
export interface ApiError {
  status: number;
  /** The server's message when it sent one as text (known messages in the interface language). */
  message: string | null;
  /** Server field errors by field name, e.g. `{ email: ['already taken'] }`, localized like `message`. */
  fields: Record<string, string[]>;
  /** How long to wait after a 429, from the body or the `Retry-After` header. */
  retryAfterSeconds: number | null;
}

interface ErrorBody {
  message?: unknown;
  fields?: unknown;
  retryAfterSeconds?: unknown;
}

export function toApiError(error: unknown): ApiError {
  if (!(error instanceof HttpErrorResponse)) {
    return { status: -1, message: null, fields: {}, retryAfterSeconds: null };
  }
  const body: ErrorBody = typeof error.error === 'object' && error.error !== null ? error.error : {};
  return {
    status: error.status,
    message: messageOf(body.message),
    fields: fieldsOf(body.fields),
    retryAfterSeconds: retryAfter(body.retryAfterSeconds, error.headers?.get('Retry-After')),
  };
}

/**
 * A general sentence for a failure with no field to put it on: the shared network /
 * rate-limit / server texts, else the server's own message, else `fallback`.
 */
export function generalErrorText(error: ApiError, fallback: string): string {
  if (error.status === 429 && error.retryAfterSeconds) {
    return $localize`:@@accounts.error.retryAfter:Слишком много попыток. Попробуйте снова через ${error.retryAfterSeconds}:seconds: с.`;
  }
  const shared = error.status >= 0 ? httpErrorMessage(new HttpErrorResponse({ status: error.status })) : null;
  return shared ?? error.message ?? fallback;
}

function messageOf(value: unknown): string | null {
  if (typeof value === 'string' && value.trim()) return localizeServerMessage(value);
  if (Array.isArray(value)) {
    const texts = value.filter((item): item is string => typeof item === 'string');
    return texts.length ? texts.map(localizeServerMessage).join(' ') : null;
  }
  return null;
}

function fieldsOf(value: unknown): Record<string, string[]> {
  if (typeof value !== 'object' || value === null) return {};
  const fields: Record<string, string[]> = {};
  for (const [name, messages] of Object.entries(value)) {
    const list = Array.isArray(messages) ? messages : [messages];
    const texts = list.filter((item): item is string => typeof item === 'string' && !!item);
    if (texts.length) fields[name] = texts.map(localizeServerMessage);
  }
  return fields;
}

function retryAfter(body: unknown, header: string | null | undefined): number | null {
  const seconds = typeof body === 'number' ? body : Number(header ?? NaN);
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : null;
}
