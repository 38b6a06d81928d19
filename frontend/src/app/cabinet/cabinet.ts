import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { AuthStore } from '../core/auth/auth-store';
import { greetingName } from '../core/auth/person-name';
import { VerificationStatus } from './verification-status/verification-status';

/** While automatic verification runs, the page checks its status this often. */
const PENDING_POLL_MS = 10_000;

/**
 * The personal account's home: greets the patient by name, shows their verification
 * status under it, and leads to what exists today (settings). Sections that are not
 * built yet are not shown at all.
 */
@Component({
  selector: 'app-cabinet',
  imports: [RouterLink, MatButton, MatIcon, VerificationStatus],
  templateUrl: './cabinet.html',
  styleUrl: './cabinet.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Cabinet {
  private readonly store = inject(AuthStore);

  protected readonly me = this.store.me;
  protected readonly name = computed(() => {
    const me = this.me();
    return me?.profile ? greetingName(me.profile) : '';
  });
  protected readonly loadFailed = signal(false);

  constructor() {
    if (!this.me()) this.reload();
    let timer: ReturnType<typeof setTimeout> | undefined;
    inject(DestroyRef).onDestroy(() => clearTimeout(timer));
    effect(() => {
      clearTimeout(timer);
      if (this.me()?.profile?.verificationStatus === 'pending') {
        timer = setTimeout(() => void this.store.loadMe(true).catch(() => undefined), PENDING_POLL_MS);
      }
    });
  }

  protected reload(): void {
    this.loadFailed.set(false);
    this.store.loadMe().catch(() => this.loadFailed.set(true));
  }
}
