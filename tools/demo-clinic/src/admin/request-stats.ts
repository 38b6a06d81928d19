export interface RequestStatsSnapshot {
  /** FHIR requests received since start or the last reset, faulted ones included. */
  readonly total: number;
  /** By the first path segment after the base: `Patient`, `Observation`, `Binary`, `metadata`. */
  readonly byResourceType: Readonly<Record<string, number>>;
  /** By method and first segment: `GET Patient`, `POST Appointment`. */
  readonly byMethodAndType: Readonly<Record<string, number>>;
  /** Requests a fault was applied to. */
  readonly faulted: number;
}

/** Counts FHIR requests so tests can assert how often a client called (for example, that it retried). */
export class RequestStats {
  private total = 0;
  private faulted = 0;
  private byResourceType: Record<string, number> = {};
  private byMethodAndType: Record<string, number> = {};

  record(method: string, resourceType: string): void {
    const type = resourceType || '(base)';
    this.total += 1;
    this.byResourceType[type] = (this.byResourceType[type] ?? 0) + 1;
    const key = `${method} ${type}`;
    this.byMethodAndType[key] = (this.byMethodAndType[key] ?? 0) + 1;
  }

  recordFault(): void {
    this.faulted += 1;
  }

  snapshot(): RequestStatsSnapshot {
    return {
      total: this.total,
      byResourceType: { ...this.byResourceType },
      byMethodAndType: { ...this.byMethodAndType },
      faulted: this.faulted,
    };
  }

  reset(): void {
    this.total = 0;
    this.faulted = 0;
    this.byResourceType = {};
    this.byMethodAndType = {};
  }
}
