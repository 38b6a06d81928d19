import { HttpContextToken, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { defer, finalize } from 'rxjs';
import { LoadingState } from './loading-state';

/** Set on background requests (polling, prefetch) that should not show the progress bar. */
export const BACKGROUND_REQUEST = new HttpContextToken<boolean>(() => false);

/** Counts in-flight requests in {@link LoadingState}: +1 on subscribe, −1 on end, error or cancel. */
export const loadingInterceptor: HttpInterceptorFn = (request, next) => {
  if (request.context.get(BACKGROUND_REQUEST)) {
    return next(request);
  }
  const loading = inject(LoadingState);
  return defer(() => {
    loading.requestStarted();
    return next(request).pipe(finalize(() => loading.requestFinished()));
  });
};
