import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { Router } from '@angular/router';
import { Session } from '../../core/auth/api-types';
import { AuthStore } from '../../core/auth/auth-store';
import { FormErrors } from '../../core/forms/form-errors/form-errors';
import { generalErrorText, toApiError } from '../../core/http/api-error';
import { SettingsApi } from '../settings-api';
import { deviceName, isMobileDevice } from './device-name';

/**
 * Where the account is signed in: device, address, last use, "this device"; end one
 * session or all of them (this one included, which signs out here too).
 */
@Component({
  selector: 'app-sessions-settings',
  imports: [DatePipe, MatButton, MatIcon, FormErrors],
  templateUrl: './sessions-settings.html',
  styleUrl: './sessions-settings.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionsSettings {
  private readonly api = inject(SettingsApi);
  private readonly store = inject(AuthStore);
  private readonly router = inject(Router);

  protected readonly sessions = signal<Session[] | null>(null);
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected readonly deviceName = deviceName;
  protected readonly isMobileDevice = isMobileDevice;

  constructor() {
    this.load();
  }

  protected load(): void {
    this.errors.set([]);
    this.api.sessions().subscribe({
      next: (sessions) => this.sessions.set(sessions),
      error: (failure: unknown) => this.fail(failure),
    });
  }

  protected revoke(session: Session): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.api.revokeSession(session.id).subscribe({
      next: () => {
        this.busy.set(false);
        if (session.current) {
          void this.signedOut();
        } else {
          this.sessions.update((list) => list?.filter((item) => item.id !== session.id) ?? null);
        }
      },
      error: (failure: unknown) => this.fail(failure),
    });
  }

  protected revokeAll(): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.api.revokeAllSessions().subscribe({
      next: () => void this.signedOut(),
      error: (failure: unknown) => this.fail(failure),
    });
  }

  private async signedOut(): Promise<void> {
    this.store.forget(true);
    await this.router.navigateByUrl('/');
  }

  private fail(failure: unknown): void {
    this.busy.set(false);
    this.errors.set([
      generalErrorText(
        toApiError(failure),
        $localize`:@@accounts.settings.sessions.failed:Не удалось получить или изменить список сеансов.`,
      ),
    ]);
  }
}
