import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';

/**
 * The "show password" button inside a password field (`matSuffix`): a toggle button
 * (`aria-pressed`) that switches the input between hidden and plain text.
 */
@Component({
  selector: 'app-password-visibility',
  imports: [MatIconButton, MatIcon],
  templateUrl: './password-visibility.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordVisibility {
  readonly for = input.required<HTMLInputElement>();
  protected readonly visible = signal(false);

  protected toggle(): void {
    this.visible.update((visible) => !visible);
    this.for().type = this.visible() ? 'text' : 'password';
  }
}
