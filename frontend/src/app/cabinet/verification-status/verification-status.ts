import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { MeProfile } from '../../core/auth/api-types';
import { verificationText } from './verification-text';

const ICONS = { ok: 'verified', neutral: 'shield', waiting: 'hourglass_top', problem: 'error' } as const;

/** The verification status shown under the user's name, with what it means. */
@Component({
  selector: 'app-verification-status',
  imports: [MatIcon],
  templateUrl: './verification-status.html',
  styleUrl: './verification-status.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VerificationStatus {
  readonly profile =
    input.required<Pick<MeProfile, 'verificationStatus' | 'verificationMethod' | 'failureReason'>>();
  protected readonly text = computed(() => verificationText(this.profile()));
  protected readonly icon = computed(() => ICONS[this.text().tone]);
}
