import { inject, Service } from '@angular/core';
import { DOCUMENT } from '@angular/common';

const KEY = 'portal.hasSession';

/**
 * Remembers *that* this browser has signed in, never a token: the refresh token is an
 * httpOnly cookie and the access token lives in memory only. On start the app asks the
 * server to restore a session only when the hint is set, so anonymous visitors do not
 * send a refresh request that can only fail.
 */
@Service()
export class SessionHint {
  private readonly storage = storageOf(inject(DOCUMENT));

  get present(): boolean {
    return this.read() === '1';
  }

  set(): void {
    this.write('1');
  }

  clear(): void {
    this.write(null);
  }

  private read(): string | null {
    try {
      return this.storage?.getItem(KEY) ?? null;
    } catch {
      return null;
    }
  }

  private write(value: string | null): void {
    try {
      if (value === null) this.storage?.removeItem(KEY);
      else this.storage?.setItem(KEY, value);
    } catch {
      // Storage disabled (private mode, policy): the session just is not restored on reload.
    }
  }
}

function storageOf(document: Document): Storage | null {
  try {
    return document.defaultView?.localStorage ?? null;
  } catch {
    return null;
  }
}
