import { computed, Service, signal } from '@angular/core';

/**
 * What the app is waiting for: HTTP requests in flight and lazy route chunks being
 * fetched. The header shows a progress bar while `busy()` is true.
 */
@Service()
export class LoadingState {
  private readonly requests = signal(0);
  private readonly routeLoads = signal(0);

  /** HTTP requests started and not yet finished, failed or cancelled. */
  readonly requestsInFlight = this.requests.asReadonly();

  readonly busy = computed(() => this.requests() > 0 || this.routeLoads() > 0);

  requestStarted(): void {
    this.requests.update((count) => count + 1);
  }

  requestFinished(): void {
    this.requests.update((count) => Math.max(0, count - 1));
  }

  routeLoadStarted(): void {
    this.routeLoads.update((count) => count + 1);
  }

  routeLoadFinished(): void {
    this.routeLoads.update((count) => Math.max(0, count - 1));
  }

  /** A navigation ended (or failed): nothing of it is still loading. */
  routeLoadsSettled(): void {
    this.routeLoads.set(0);
  }
}
