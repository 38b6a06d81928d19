import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { passwordStrength, StrengthScore } from './password-strength';

const LABELS: Record<StrengthScore, string> = {
  0: $localize`:@@accounts.strength.tooShort:Слишком короткий или простой пароль`,
  1: $localize`:@@accounts.strength.weak:Слабый пароль`,
  2: $localize`:@@accounts.strength.fair:Средний пароль — добавьте слов или символов`,
  3: $localize`:@@accounts.strength.good:Хороший пароль`,
  4: $localize`:@@accounts.strength.strong:Надёжный пароль`,
};

/**
 * A four-step strength bar under a new-password field. It is a hint only: the server
 * decides whether a password is accepted.
 */
@Component({
  selector: 'app-password-meter',
  templateUrl: './password-meter.html',
  styleUrl: './password-meter.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordMeter {
  readonly password = input('');
  readonly personal = input<readonly string[]>([]);

  protected readonly score = computed(() => passwordStrength(this.password(), this.personal()));
  protected readonly label = computed(() => LABELS[this.score()]);
  protected readonly steps = [1, 2, 3, 4] as const;
}
