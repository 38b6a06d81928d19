import { DOCUMENT } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { computed, inject, Service, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { AccessTokenResponse, Me } from './api-types';
import { AuthApi } from './auth-api';
import { SessionHint } from './session-hint';

/** `restoring` until the start-up refresh has answered; then signed in or out. */
export type SessionState = 'restoring' | 'signedIn' | 'signedOut';

/**
 * Who is signed in. The access token is kept only here, in memory (a signal): a reload
 * restores the session from the httpOnly refresh cookie via `POST /api/auth/refresh`.
 * Concurrent refreshes share one request, and refreshes of several tabs are serialized
 * with a Web Lock, so a rotated refresh token is never sent twice.
 */
@Service()
export class AuthStore {
  private readonly api = inject(AuthApi);
  private readonly hint = inject(SessionHint);
  private readonly document = inject(DOCUMENT);

  private readonly token = signal<string | null>(null);
  private readonly user = signal<Me | null>(null);
  /** Only a browser that has signed in before waits for a restore; others are signed out at once. */
  private readonly restoring = signal(this.hint.present);
  private restored?: Promise<void>;
  private refreshing?: Promise<string | null>;

  readonly accessToken = this.token.asReadonly();
  /** The signed-in account and its own profile, once loaded. */
  readonly me = this.user.asReadonly();
  readonly state = computed<SessionState>(() =>
    this.restoring() ? 'restoring' : this.token() ? 'signedIn' : 'signedOut',
  );
  readonly signedIn = computed(() => this.state() === 'signedIn');

  /** Restores the session once per app start; later calls return the same promise. */
  restore(): Promise<void> {
    this.restored ??= this.restoreOnce();
    return this.restored;
  }

  /**
   * A new access token from the refresh cookie, or `null` when there is no session.
   * Callers arriving while a refresh is in flight share it.
   */
  refresh(): Promise<string | null> {
    this.refreshing ??= this.withRefreshLock(() => firstValueFrom(this.api.refresh()))
      .then(
        (answer) => this.accept(answer),
        (error: unknown) => {
          this.forget(isAuthFailure(error));
          return null;
        },
      )
      .finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  /** Registration confirmed or sign-in succeeded: keep the token, then load who this is. */
  async signIn(answer: AccessTokenResponse): Promise<void> {
    this.accept(answer);
    this.restored = Promise.resolve();
    this.restoring.set(false);
    await this.loadMe().catch(() => undefined);
  }

  /** (Re)loads `/api/me`, e.g. after a settings change. */
  async loadMe(background = false): Promise<Me> {
    const me = await firstValueFrom(this.api.me(background));
    this.user.set(me);
    return me;
  }

  /** Tells the server to end this session, then forgets it here whatever the answer. */
  async signOut(): Promise<void> {
    await firstValueFrom(this.api.logout()).catch(() => undefined);
    this.forget(true);
  }

  /**
   * Forgets the session locally (the server already ended it, or it was refused).
   * @param ended the server said there is no session: stop trying to restore it on start
   */
  forget(ended = true): void {
    this.token.set(null);
    this.user.set(null);
    this.restoring.set(false);
    if (ended) this.hint.clear();
  }

  private async restoreOnce(): Promise<void> {
    try {
      if (this.hint.present && !this.token()) {
        const token = await this.refresh();
        if (token) await this.loadMe(true).catch(() => undefined);
      }
    } finally {
      this.restoring.set(false);
    }
  }

  private accept(answer: AccessTokenResponse): string {
    this.token.set(answer.accessToken);
    this.hint.set();
    return answer.accessToken;
  }

  private withRefreshLock<T>(work: () => Promise<T>): Promise<T> {
    const locks = this.document.defaultView?.navigator?.locks;
    return locks ? locks.request('portal-auth-refresh', work) : work();
  }
}

/** 401/403 mean "no valid session"; a network error or 5xx says nothing about it. */
function isAuthFailure(error: unknown): boolean {
  return error instanceof HttpErrorResponse && (error.status === 401 || error.status === 403);
}
