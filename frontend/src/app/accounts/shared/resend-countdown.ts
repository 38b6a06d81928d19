import { computed, DestroyRef, inject, signal } from '@angular/core';

/** How long to wait before another code may be requested, unless the server says otherwise. */
export const RESEND_COOLDOWN_SECONDS = 60;

/**
 * The "send the code again" countdown. It counts towards an end time rather than ticks,
 * so a phone that throttles a background tab still shows the right number on return.
 */
export class ResendCountdown {
  private readonly remaining = signal(0);
  private timer?: ReturnType<typeof setInterval>;
  private endsAt = 0;

  readonly secondsLeft = this.remaining.asReadonly();
  readonly canResend = computed(() => this.remaining() === 0);

  constructor(destroyRef: DestroyRef) {
    destroyRef.onDestroy(() => this.stop());
  }

  start(seconds = RESEND_COOLDOWN_SECONDS): void {
    this.stop();
    this.endsAt = Date.now() + seconds * 1000;
    this.tick();
    this.timer = setInterval(() => this.tick(), 1000);
  }

  private tick(): void {
    const left = Math.max(0, Math.ceil((this.endsAt - Date.now()) / 1000));
    this.remaining.set(left);
    if (left === 0) this.stop();
  }

  private stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }
}

/** A countdown that stops with the component that created it. */
export function injectResendCountdown(): ResendCountdown {
  return new ResendCountdown(inject(DestroyRef));
}
