import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { SignIn } from '../../core/auth/api-types';
import { FormErrors } from '../../core/forms/form-errors/form-errors';
import { generalErrorText, toApiError } from '../../core/http/api-error';
import { SettingsApi } from '../settings-api';

const PAGE_SIZE = 20;

/** Every attempt to sign in to the account, newest first, a page at a time. */
@Component({
  selector: 'app-sign-in-history',
  imports: [DatePipe, MatButton, MatIcon, FormErrors],
  templateUrl: './sign-in-history.html',
  styleUrl: './sign-in-history.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignInHistory {
  private readonly api = inject(SettingsApi);

  protected readonly items = signal<SignIn[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loaded = signal(false);
  protected readonly loading = signal(false);
  protected readonly errors = signal<string[]>([]);

  constructor() {
    this.loadMore();
  }

  protected loadMore(): void {
    if (this.loading()) return;
    this.loading.set(true);
    this.errors.set([]);
    this.api.signIns(this.nextCursor(), PAGE_SIZE).subscribe({
      next: (page) => {
        this.items.update((items) => [...items, ...page.items]);
        this.nextCursor.set(page.nextCursor);
        this.loaded.set(true);
        this.loading.set(false);
      },
      error: (failure: unknown) => {
        this.loading.set(false);
        this.errors.set([
          generalErrorText(
            toApiError(failure),
            $localize`:@@accounts.settings.history.failed:Не удалось загрузить историю входов.`,
          ),
        ]);
      },
    });
  }
}
