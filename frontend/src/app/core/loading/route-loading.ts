import { DestroyRef, EnvironmentProviders, inject, provideEnvironmentInitializer } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  NavigationCancel,
  NavigationEnd,
  NavigationError,
  RouteConfigLoadEnd,
  RouteConfigLoadStart,
  Router,
} from '@angular/router';
import { LoadingState } from './loading-state';

/** Shows the header's progress bar while a lazy route's code is being fetched. */
export function provideRouteLoadingIndicator(): EnvironmentProviders {
  return provideEnvironmentInitializer(() => {
    const loading = inject(LoadingState);
    inject(Router)
      .events.pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe((event) => {
        if (event instanceof RouteConfigLoadStart) {
          loading.routeLoadStarted();
        } else if (event instanceof RouteConfigLoadEnd) {
          loading.routeLoadFinished();
        } else if (
          event instanceof NavigationEnd ||
          event instanceof NavigationCancel ||
          event instanceof NavigationError
        ) {
          loading.routeLoadsSettled();
        }
      });
  });
}
