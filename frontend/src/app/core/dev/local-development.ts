import { DOCUMENT } from '@angular/common';
import { inject } from '@angular/core';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True when the page is served from this machine: development aids (the mail outbox) are shown. */
export function isLocalDevelopment(): boolean {
  return LOCAL_HOSTS.has(inject(DOCUMENT).location?.hostname ?? '');
}
