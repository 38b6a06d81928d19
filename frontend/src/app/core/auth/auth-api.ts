import { HttpClient, HttpContext } from '@angular/common/http';
import { inject, Service } from '@angular/core';
import { Observable } from 'rxjs';
import { HANDLES_OWN_ERRORS } from '../http/http-error.interceptor';
import { BACKGROUND_REQUEST } from '../loading/loading.interceptor';
import { AccessTokenResponse, LoginResponse, Me, RegisterRequest, UpdateMeRequest } from './api-types';

/** Forms show every failure themselves (next to a field or in their error summary). */
export const FORM_REQUEST = (): HttpContext => new HttpContext().set(HANDLES_OWN_ERRORS, true);

/** Silent: no progress bar, no snackbar (session restore, sign-out). */
const SILENT = (): HttpContext =>
  new HttpContext().set(BACKGROUND_REQUEST, true).set(HANDLES_OWN_ERRORS, true);

/** The sign-in, registration and password-recovery endpoints, and the signed-in user (`/api/me`). */
@Service()
export class AuthApi {
  private readonly http = inject(HttpClient);

  register(body: RegisterRequest): Observable<unknown> {
    return this.http.post('/api/auth/register', body, { context: FORM_REQUEST() });
  }

  confirmRegistration(email: string, code: string): Observable<AccessTokenResponse> {
    return this.http.post<AccessTokenResponse>(
      '/api/auth/register/confirm',
      { email, code },
      { context: FORM_REQUEST() },
    );
  }

  resendRegistrationCode(email: string): Observable<unknown> {
    return this.http.post('/api/auth/register/resend', { email }, { context: FORM_REQUEST() });
  }

  login(email: string, password: string): Observable<LoginResponse> {
    return this.http.post<LoginResponse>('/api/auth/login', { email, password }, { context: FORM_REQUEST() });
  }

  loginTwoFactor(challengeToken: string, code: string): Observable<AccessTokenResponse> {
    return this.http.post<AccessTokenResponse>(
      '/api/auth/login/two-factor',
      { challengeToken, code },
      { context: FORM_REQUEST() },
    );
  }

  refresh(): Observable<AccessTokenResponse> {
    return this.http.post<AccessTokenResponse>('/api/auth/refresh', null, { context: SILENT() });
  }

  logout(): Observable<unknown> {
    return this.http.post('/api/auth/logout', null, { context: SILENT() });
  }

  forgotPassword(email: string): Observable<unknown> {
    return this.http.post('/api/auth/password/forgot', { email }, { context: FORM_REQUEST() });
  }

  resetPassword(email: string, code: string, newPassword: string): Observable<unknown> {
    return this.http.post(
      '/api/auth/password/reset',
      { email, code, newPassword },
      { context: FORM_REQUEST() },
    );
  }

  me(background = false): Observable<Me> {
    return this.http.get<Me>('/api/me', background ? { context: SILENT() } : {});
  }

  updateMe(body: UpdateMeRequest): Observable<Me | null> {
    return this.http.patch<Me | null>('/api/me', body, { context: FORM_REQUEST() });
  }
}
