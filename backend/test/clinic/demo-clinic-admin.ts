/**
 * A fault the demo clinic applies to its next `count` matching FHIR requests: those whose path
 * and query after the base contain `path` (e.g. `Patient/p1`) and, if given, with `method`.
 */
export interface DemoClinicFault {
  status?: number;
  count?: number;
  delayMs?: number;
  /** Only the first half of the JSON body is sent. */
  malformed?: boolean;
  /** The search's `next` link points back to the same page. */
  pageLoop?: boolean;
  path?: string;
  method?: string;
}

/** The demo clinic's admin API (`/__admin`): fault injection and request statistics. */
export class DemoClinicAdmin {
  constructor(private readonly adminUrl: string) {}

  async addFault(fault: DemoClinicFault): Promise<void> {
    await this.call('POST', 'faults', fault);
  }

  async clearFaults(): Promise<void> {
    await this.call('DELETE', 'faults');
  }

  /** How many FHIR requests the clinic has received so far by method and type, e.g. `GET Patient`. */
  async requests(methodAndType: string): Promise<number> {
    const stats = (await this.call('GET', 'stats')) as { byMethodAndType?: Record<string, number> };
    return stats.byMethodAndType?.[methodAndType] ?? 0;
  }

  private async call(method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${this.adminUrl}/${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`demo clinic admin ${method} ${path}: ${response.status}`);
    const text = await response.text();
    return text ? JSON.parse(text) : undefined;
  }
}
