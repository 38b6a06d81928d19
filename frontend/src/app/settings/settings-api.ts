import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Service } from '@angular/core';
import { Observable } from 'rxjs';
import { RecoveryCodes, Session, SignInPage, TotpSetup } from '../core/auth/api-types';
import { FORM_REQUEST } from '../core/auth/auth-api';

/** The signed-in user's account settings under `/api/me/*`. */
@Service()
export class SettingsApi {
  private readonly http = inject(HttpClient);

  changeEmail(newEmail: string, password: string): Observable<unknown> {
    return this.http.post('/api/me/email', { newEmail, password }, { context: FORM_REQUEST() });
  }

  confirmEmail(code: string): Observable<unknown> {
    return this.http.post('/api/me/email/confirm', { code }, { context: FORM_REQUEST() });
  }

  changePassword(currentPassword: string, newPassword: string): Observable<unknown> {
    return this.http.post('/api/me/password', { currentPassword, newPassword }, { context: FORM_REQUEST() });
  }

  enableEmailTwoFactor(password: string): Observable<unknown> {
    return this.http.post('/api/me/two-factor/email', { password }, { context: FORM_REQUEST() });
  }

  setUpTotp(password: string): Observable<TotpSetup> {
    return this.http.post<TotpSetup>(
      '/api/me/two-factor/totp/setup',
      { password },
      { context: FORM_REQUEST() },
    );
  }

  confirmTotp(code: string): Observable<RecoveryCodes> {
    return this.http.post<RecoveryCodes>(
      '/api/me/two-factor/totp/confirm',
      { code },
      { context: FORM_REQUEST() },
    );
  }

  disableTwoFactor(password: string): Observable<unknown> {
    return this.http.delete('/api/me/two-factor', { body: { password }, context: FORM_REQUEST() });
  }

  sessions(): Observable<Session[]> {
    return this.http.get<Session[]>('/api/me/sessions');
  }

  revokeSession(id: string): Observable<unknown> {
    return this.http.delete(`/api/me/sessions/${encodeURIComponent(id)}`);
  }

  revokeAllSessions(): Observable<unknown> {
    return this.http.delete('/api/me/sessions');
  }

  signIns(cursor: string | null, limit = 20): Observable<SignInPage> {
    let params = new HttpParams().set('limit', limit);
    if (cursor) params = params.set('cursor', cursor);
    return this.http.get<SignInPage>('/api/me/sign-ins', { params });
  }
}
