import { EnvironmentProviders, inject, provideAppInitializer } from '@angular/core';
import { AuthStore } from './auth-store';

/**
 * Starts restoring the session from the refresh cookie as the app boots, without holding up
 * the first render; guarded routes wait for it (see `signedInGuard`).
 */
export function provideSessionRestore(): EnvironmentProviders {
  return provideAppInitializer(() => {
    void inject(AuthStore).restore();
  });
}
