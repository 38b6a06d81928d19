/**
 * Runs writes one at a time. The engine has no isolation between concurrent requests, so a
 * booking's "is the slot free? create the appointment, mark the slot busy" must not interleave
 * with another write; every write of the server goes through this lock.
 */
export class WriteLock {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work, work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
