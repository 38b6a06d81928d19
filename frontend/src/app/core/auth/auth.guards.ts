import { inject } from '@angular/core';
import { CanActivateFn, CanMatchFn, Router, UrlSegment } from '@angular/router';
import { AuthStore } from './auth-store';

/** Where to go after signing in: only an in-app path, never another origin. */
export function safeReturnUrl(value: string | null | undefined): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\')
    ? value
    : '/cabinet';
}

/**
 * Pages of the personal account: waits for the start-up session restore, then lets a
 * signed-in user in or sends everyone else to `/login?returnUrl=…`. As `canMatch`, the
 * page's code is not even downloaded for signed-out visitors.
 */
export const signedInGuard: CanMatchFn = async (_route, segments: UrlSegment[]) => {
  const store = inject(AuthStore);
  const router = inject(Router);
  await store.restore();
  if (store.signedIn()) return true;
  const returnUrl =
    router.currentNavigation()?.extractedUrl.toString() ??
    `/${segments.map((segment) => segment.path).join('/')}`;
  return router.createUrlTree(['/login'], { queryParams: { returnUrl } });
};

/** Sign-in and registration pages: a signed-in user goes straight to the personal account. */
export const signedOutGuard: CanActivateFn = async () => {
  const store = inject(AuthStore);
  const router = inject(Router);
  await store.restore();
  return store.signedIn() ? router.createUrlTree(['/cabinet']) : true;
};
