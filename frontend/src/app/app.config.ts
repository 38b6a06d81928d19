import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import {
  ApplicationConfig,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { MAT_ICON_DEFAULT_OPTIONS, MatIconDefaultOptions } from '@angular/material/icon';
import {
  provideRouter,
  TitleStrategy,
  withComponentInputBinding,
  withInMemoryScrolling,
} from '@angular/router';
import { appRoutes } from './app.routes';
import { authInterceptor } from './core/auth/auth.interceptor';
import { provideSessionRestore } from './core/auth/provide-auth';
import { provideErrorSnackbarPreload } from './core/http/error-snackbar';
import { httpErrorInterceptor } from './core/http/http-error.interceptor';
import { loadingInterceptor } from './core/loading/loading.interceptor';
import { provideRouteLoadingIndicator } from './core/loading/route-loading';
import { PortalTitleStrategy } from './core/title/portal-title-strategy';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    // Zoneless is Angular 22's default; stated so the intent survives config changes.
    provideZonelessChangeDetection(),
    provideRouter(
      appRoutes,
      withComponentInputBinding(),
      withInMemoryScrolling({ anchorScrolling: 'enabled', scrollPositionRestoration: 'enabled' }),
    ),
    provideRouteLoadingIndicator(),
    { provide: TitleStrategy, useClass: PortalTitleStrategy },
    // The auth interceptor is outermost: a request it retries after a refresh goes through the others again.
    provideHttpClient(
      withFetch(),
      withInterceptors([authInterceptor, loadingInterceptor, httpErrorInterceptor]),
    ),
    provideSessionRestore(),
    provideErrorSnackbarPreload(),
    {
      provide: MAT_ICON_DEFAULT_OPTIONS,
      useValue: { fontSet: 'material-symbols-outlined' } satisfies MatIconDefaultOptions,
    },
  ],
};
