import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';

/**
 * The ten recovery codes, shown once right after the authenticator app is connected,
 * with copy and print; the user confirms they have kept them.
 */
@Component({
  selector: 'app-recovery-codes',
  imports: [MatButton, MatIcon],
  templateUrl: './recovery-codes.html',
  styleUrl: './recovery-codes.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecoveryCodes {
  private readonly window = inject(DOCUMENT).defaultView;

  readonly codes = input.required<readonly string[]>();
  readonly saved = output<void>();
  protected readonly copied = signal<boolean | null>(null);

  protected async copy(): Promise<void> {
    try {
      await this.window?.navigator.clipboard.writeText(this.codes().join('\n'));
      this.copied.set(true);
    } catch {
      this.copied.set(false);
    }
  }

  protected print(): void {
    this.window?.print();
  }
}
