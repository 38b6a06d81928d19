/** What a test asks the next matching FHIR requests to suffer. */
export interface FaultSpec {
  /** Answer with this HTTP status (400–599) and an OperationOutcome instead of serving the request. */
  readonly status?: number;
  /** How many matching requests it applies to (default 1). */
  readonly count?: number;
  /** Wait this long before answering (combined with the others, or alone for a slow answer). */
  readonly delayMs?: number;
  /** Serve the request, then send only the first half of the JSON body. */
  readonly malformed?: boolean;
  /** Serve a search, but make its `next` link point back to the same page (a server that pages forever). */
  readonly pageLoop?: boolean;
  /** Only requests whose path and query (after the FHIR base, e.g. `Observation?patient=`) contain this. */
  readonly path?: string;
  /** Only requests with this HTTP method. */
  readonly method?: string;
}

export interface ActiveFault extends FaultSpec {
  readonly id: number;
  remaining: number;
}

const MAX_DELAY_MS = 120_000;

/**
 * Faults armed through `/__admin/faults`, applied first-armed-first to the FHIR requests they match.
 * Each use counts down; a fault disappears when it has been applied `count` times.
 */
export class FaultInjector {
  private faults: ActiveFault[] = [];
  private nextId = 1;
  private appliedCount = 0;

  add(spec: FaultSpec): ActiveFault {
    const fault: ActiveFault = { ...spec, id: this.nextId++, remaining: spec.count ?? 1 };
    this.faults.push(fault);
    return fault;
  }

  clear(): void {
    this.faults = [];
  }

  list(): readonly ActiveFault[] {
    return this.faults.map((fault) => ({ ...fault }));
  }

  get applied(): number {
    return this.appliedCount;
  }

  /** The fault to apply to this request, if any, counting it as used. */
  take(method: string, pathAndQuery: string): FaultSpec | undefined {
    const index = this.faults.findIndex(
      (fault) =>
        (!fault.path || pathAndQuery.includes(fault.path)) &&
        (!fault.method || fault.method.toUpperCase() === method),
    );
    if (index < 0) {
      return undefined;
    }
    const fault = this.faults[index];
    fault.remaining -= 1;
    if (fault.remaining <= 0) {
      this.faults.splice(index, 1);
    }
    this.appliedCount += 1;
    return fault;
  }
}

/** Checks a fault posted as JSON; throws an Error whose message says what is wrong. */
export function parseFaultSpec(body: unknown): FaultSpec {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new Error('A fault is a JSON object such as {"status": 503, "count": 2}');
  }
  const spec = body as Record<string, unknown>;
  const known = ['status', 'count', 'delayMs', 'malformed', 'pageLoop', 'path', 'method'];
  const unknown = Object.keys(spec).filter((key) => !known.includes(key));
  if (unknown.length > 0) {
    throw new Error(`Unknown fault fields: ${unknown.join(', ')} (known: ${known.join(', ')})`);
  }
  const integer = (key: string, min: number, max: number): number | undefined => {
    const value = spec[key];
    if (value === undefined) {
      return undefined;
    }
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      throw new Error(`${key} must be an integer from ${min} to ${max}`);
    }
    return value;
  };
  const flag = (key: string): boolean | undefined => {
    if (spec[key] !== undefined && typeof spec[key] !== 'boolean') {
      throw new Error(`${key} must be true or false`);
    }
    return spec[key] as boolean | undefined;
  };
  const text = (key: string): string | undefined => {
    if (spec[key] !== undefined && typeof spec[key] !== 'string') {
      throw new Error(`${key} must be a string`);
    }
    return spec[key] as string | undefined;
  };
  const result: FaultSpec = {
    status: integer('status', 400, 599),
    count: integer('count', 1, 1_000_000),
    delayMs: integer('delayMs', 0, MAX_DELAY_MS),
    malformed: flag('malformed'),
    pageLoop: flag('pageLoop'),
    path: text('path'),
    method: text('method'),
  };
  if (result.status === undefined && result.delayMs === undefined && !result.malformed && !result.pageLoop) {
    throw new Error('A fault needs at least one of status, delayMs, malformed, pageLoop');
  }
  return result;
}
