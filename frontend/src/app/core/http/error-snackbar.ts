import {
  afterNextRender,
  EnvironmentProviders,
  inject,
  Injector,
  provideEnvironmentInitializer,
  Service,
} from '@angular/core';

type SnackBarModule = typeof import('@angular/material/snack-bar');

const SNACKBAR_DURATION_MS = 10_000;

/**
 * Shows an error message in a Material snackbar. The snackbar code (with the CDK
 * overlay) is a lazy chunk, kept out of the initial bundle and fetched once the first
 * page has rendered (see {@link provideErrorSnackbarPreload}), so that it is already
 * there when the network is not.
 */
@Service()
export class ErrorSnackbar {
  private readonly injector = inject(Injector);
  private module?: Promise<SnackBarModule>;

  preload(): Promise<SnackBarModule> {
    this.module ??= import('@angular/material/snack-bar');
    // A failed fetch is retried on the next call instead of being cached.
    this.module.catch(() => (this.module = undefined));
    return this.module;
  }

  async show(message: string): Promise<void> {
    const { MatSnackBar } = await this.preload();
    this.injector.get(MatSnackBar).open(message, $localize`:@@httpError.dismiss:Закрыть`, {
      duration: SNACKBAR_DURATION_MS,
      politeness: 'assertive',
    });
  }
}

/** Fetches the snackbar chunk right after the first render. */
export function provideErrorSnackbarPreload(): EnvironmentProviders {
  return provideEnvironmentInitializer(() => {
    const snackbar = inject(ErrorSnackbar);
    afterNextRender(() => void snackbar.preload().catch(() => undefined));
  });
}
