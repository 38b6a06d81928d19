import { HttpContextToken, HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, throwError } from 'rxjs';
import { ErrorSnackbar } from './error-snackbar';
import { httpErrorMessage } from './http-error-message';

/** Set on requests whose caller reports every failure itself (no global snackbar). */
export const HANDLES_OWN_ERRORS = new HttpContextToken<boolean>(() => false);

/**
 * Shows a snackbar with a human message for network errors, 429 and 5xx. The error is
 * always re-thrown, so callers still see it; 4xx field errors reach forms untouched.
 */
export const httpErrorInterceptor: HttpInterceptorFn = (request, next) => {
  const snackbar = inject(ErrorSnackbar);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && !request.context.get(HANDLES_OWN_ERRORS)) {
        const message = httpErrorMessage(error);
        if (message) {
          snackbar.show(message).catch(() => undefined);
        }
      }
      return throwError(() => error);
    }),
  );
};
