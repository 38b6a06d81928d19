import {
  backoffDelay,
  decideRetry,
  DEFAULT_RETRY_TUNING,
  describeTransportError,
  isRetryableStatus,
  isTransportError,
  parseRetryAfter,
  type RetryTuning,
} from './retry-policy';

const tuning: RetryTuning = { retries: 3, baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 5000 };

describe('backoffDelay', () => {
  it('doubles per retry, with the lower half fixed and the upper half random', () => {
    expect([0, 1, 2, 3].map((r) => backoffDelay(r, tuning, () => 0))).toEqual([50, 100, 200, 400]);
    expect([0, 1, 2, 3].map((r) => backoffDelay(r, tuning, () => 1))).toEqual([100, 200, 400, 800]);
  });

  it('never exceeds the cap', () => {
    expect(backoffDelay(10, tuning, () => 1)).toBe(1000);
    expect(backoffDelay(50, tuning, () => 0)).toBe(500);
  });

  it('spreads retries of concurrent clients', () => {
    const delays = new Set(Array.from({ length: 50 }, () => backoffDelay(2, DEFAULT_RETRY_TUNING)));
    expect(delays.size).toBeGreaterThan(10);
    for (const d of delays) {
      expect(d).toBeGreaterThanOrEqual(500);
      expect(d).toBeLessThanOrEqual(1000);
    }
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');

  it('reads delta-seconds and HTTP dates', () => {
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:10 GMT', now)).toBe(10_000);
  });

  it('treats dates in the past as now, and garbage as absent', () => {
    expect(parseRetryAfter('Tue, 31 Dec 2024 23:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe('isRetryableStatus', () => {
  it('retries 408, 429 and transient 5xx only', () => {
    expect([408, 429, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([200, 301, 400, 401, 403, 404, 409, 410, 412, 422, 501, 505].some(isRetryableStatus)).toBe(false);
  });
});

describe('decideRetry', () => {
  it('backs off until the retries are used up', () => {
    expect(decideRetry(0, tuning, undefined, () => 0)).toEqual({ action: 'retry', delayMs: 50 });
    expect(decideRetry(2, tuning, undefined, () => 0)).toEqual({ action: 'retry', delayMs: 200 });
    expect(decideRetry(3, tuning)).toEqual({
      action: 'give-up',
      reason: 'exhausted',
      retryAfterMs: undefined,
    });
  });

  it('honours Retry-After instead of the backoff', () => {
    expect(decideRetry(0, tuning, 1200)).toEqual({ action: 'retry', delayMs: 1200 });
  });

  it('does not hold a worker for a long Retry-After but reports it', () => {
    expect(decideRetry(0, tuning, 60_000)).toEqual({
      action: 'give-up',
      reason: 'retry-after-too-long',
      retryAfterMs: 60_000,
    });
  });

  it('makes a single attempt when retries are 0', () => {
    expect(decideRetry(0, { ...tuning, retries: 0 })).toMatchObject({ action: 'give-up' });
  });
});

describe('isTransportError', () => {
  it('recognises timeouts and connection failures', () => {
    const refused = new TypeError('fetch failed', {
      cause: Object.assign(new Error('x'), { code: 'ECONNREFUSED' }),
    });
    const timeout = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    expect(isTransportError(refused)).toBe(true);
    expect(isTransportError(timeout)).toBe(true);
    expect(isTransportError(Object.assign(new Error('socket'), { code: 'UND_ERR_SOCKET' }))).toBe(true);
    expect(describeTransportError(refused)).toBe('ECONNREFUSED');
    expect(describeTransportError(timeout)).toBe('timed out');
  });

  it('does not mistake our own bugs for the clinic being down', () => {
    expect(isTransportError(new TypeError('x is not a function'))).toBe(false);
    expect(isTransportError(new RangeError('bad'))).toBe(false);
    expect(isTransportError('ECONNREFUSED')).toBe(false);
  });
});
