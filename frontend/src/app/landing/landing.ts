import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { LANDING_FEATURES } from './landing-features';

/**
 * The portal's front page: what a patient can do here and the two ways in,
 * "Войти" (sign in) and "Зарегистрироваться" (register).
 */
@Component({
  selector: 'app-landing',
  imports: [RouterLink, MatButton, MatIcon],
  templateUrl: './landing.html',
  styleUrl: './landing.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Landing {
  protected readonly features = LANDING_FEATURES;
  protected readonly heroIcons = LANDING_FEATURES.map((feature) => feature.icon);
}
