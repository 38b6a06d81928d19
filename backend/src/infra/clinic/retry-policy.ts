/*
 * When and how long to wait before repeating a request to the clinic. Pure functions, so the
 * rules are unit-tested without a server.
 */

/** How the gateway retries; the attempt count comes from `CLINIC_RETRIES`, the rest are defaults. */
export interface RetryTuning {
  /** Retries after the first attempt (0 = one attempt only). */
  retries: number;
  /** Wait before the first retry; doubles with each retry. */
  baseDelayMs: number;
  /** No wait (before jitter) grows beyond this. */
  maxDelayMs: number;
  /**
   * A `Retry-After` longer than this is not waited for in-process: the request fails with
   * `ClinicUnavailableError.retryAfterMs` so a job can be rescheduled instead of holding a worker.
   */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_TUNING: Omit<RetryTuning, 'retries'> = {
  baseDelayMs: 250,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 30_000,
};

/**
 * Exponential backoff with "equal jitter": half of `base·2^retry` (capped) is fixed, the other
 * half random, so retries of many workers spread out but none retries immediately.
 * @param retry 0 for the first retry.
 */
export function backoffDelay(
  retry: number,
  tuning: Omit<RetryTuning, 'retries'>,
  random: () => number = Math.random,
): number {
  const exp = Math.min(tuning.maxDelayMs, tuning.baseDelayMs * 2 ** Math.max(0, retry));
  return Math.round(exp / 2 + random() * (exp / 2));
}

/**
 * `Retry-After` as milliseconds from now: either delta-seconds or an HTTP date. `undefined` when
 * absent or unreadable; never negative.
 */
export function parseRetryAfter(
  header: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // An HTTP date names its weekday and month; without letters it is no date (Date.parse('-5') is one).
  const at = /[a-z]/i.test(value) ? Date.parse(value) : NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * Statuses worth repeating: 408 and 429 (the server asks us to slow down or try again), and 5xx
 * except those that will not change by waiting (501 Not Implemented, 505 HTTP Version).
 * Never other 4xx: the same request would be refused again.
 */
export function isRetryableStatus(status: number): boolean {
  if (status === 408 || status === 429) return true;
  return status >= 500 && status <= 599 && status !== 501 && status !== 505;
}

export type RetryDecision =
  | { action: 'retry'; delayMs: number }
  | { action: 'give-up'; reason: 'exhausted' | 'retry-after-too-long'; retryAfterMs?: number };

/**
 * Decides about one failed attempt.
 * @param retry how many retries were already made (0 after the first attempt)
 * @param retryAfterMs the server's `Retry-After`, honoured instead of the backoff when given
 */
export function decideRetry(
  retry: number,
  tuning: RetryTuning,
  retryAfterMs?: number,
  random: () => number = Math.random,
): RetryDecision {
  if (retry >= tuning.retries) return { action: 'give-up', reason: 'exhausted', retryAfterMs };
  if (retryAfterMs !== undefined) {
    if (retryAfterMs > tuning.maxRetryAfterMs)
      return { action: 'give-up', reason: 'retry-after-too-long', retryAfterMs };
    return { action: 'retry', delayMs: retryAfterMs };
  }
  return { action: 'retry', delayMs: backoffDelay(retry, tuning, random) };
}

/**
 * Whether an error thrown by `fetch` (or by reading its body) means the clinic was not reached
 * or did not answer in time — as opposed to a bug of ours. Timeouts (`AbortSignal.timeout`)
 * and undici's `TypeError: fetch failed` with causes such as ECONNREFUSED, ECONNRESET,
 * ENOTFOUND, UND_ERR_SOCKET all count.
 */
export function isTransportError(error: unknown): boolean {
  // Duck-typed, not `instanceof`: DOMException and undici's errors may come from another realm
  // (a Jest sandbox, a worker thread).
  if (typeof error !== 'object' || error === null) return false;
  const { name, message, code } = error as { name?: unknown; message?: unknown; code?: unknown };
  if (name === 'TimeoutError' || name === 'AbortError') return true;
  if (name === 'TypeError' && message === 'fetch failed') return true;
  return typeof code === 'string' && (/^E[A-Z]+$/.test(code) || code.startsWith('UND_ERR_'));
}

/** A short, data-free description of a transport error for messages and logs. */
export function describeTransportError(error: unknown): string {
  if (typeof error !== 'object' || error === null) return 'unknown error';
  const { name, message, cause, code } = error as {
    name?: unknown;
    message?: unknown;
    cause?: unknown;
    code?: unknown;
  };
  if (name === 'TimeoutError') return 'timed out';
  const causeCode = (cause as { code?: unknown } | undefined)?.code ?? code;
  return typeof causeCode === 'string' ? causeCode : String(message ?? 'unknown error');
}
