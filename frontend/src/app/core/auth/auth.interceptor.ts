import { HttpErrorResponse, HttpInterceptorFn, HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, from, switchMap, throwError } from 'rxjs';
import { AuthStore } from './auth-store';

const API = '/api/';
/** Sign-in, registration, refresh, recovery: a 401 there is an answer, not an expired token. */
const AUTH_ENDPOINTS = '/api/auth/';

function withBearer<T>(request: HttpRequest<T>, token: string | null): HttpRequest<T> {
  return token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;
}

/**
 * Adds `Authorization: Bearer` to API requests. On a 401 (outside `/api/auth/`) it refreshes
 * the access token once — shared with any other request waiting for it — and retries the
 * request once with the new token. The retry goes only through the interceptors after this
 * one, so a second 401 reaches the caller instead of looping. When there is no session left,
 * it goes to the sign-in page with a `returnUrl`.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!request.url.startsWith(API)) return next(request);
  const store = inject(AuthStore);
  const router = inject(Router);
  const sentWith = store.accessToken();

  return next(withBearer(request, sentWith)).pipe(
    catchError((error: unknown) => {
      if (
        !(error instanceof HttpErrorResponse) ||
        error.status !== 401 ||
        request.url.startsWith(AUTH_ENDPOINTS)
      ) {
        return throwError(() => error);
      }
      // Another request may already have refreshed while this one was in flight.
      const current = store.accessToken();
      const fresh = current && current !== sentWith ? Promise.resolve(current) : store.refresh();
      return from(fresh).pipe(
        switchMap((token) => {
          if (!token) {
            const returnUrl = router.currentNavigation()?.extractedUrl.toString() ?? router.url;
            void router.navigate(['/login'], { queryParams: { returnUrl } });
            return throwError(() => error);
          }
          return next(withBearer(request, token));
        }),
      );
    }),
  );
};
