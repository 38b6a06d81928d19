import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { MatTabLink, MatTabNav, MatTabNavPanel } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

interface SettingsSection {
  path: string;
  label: string;
}

/** The settings page: its heading, a tab bar of sections (links), and the open section. */
@Component({
  selector: 'app-settings',
  imports: [RouterLink, RouterLinkActive, RouterOutlet, MatIcon, MatTabNav, MatTabLink, MatTabNavPanel],
  templateUrl: './settings.html',
  styleUrl: './settings.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Settings {
  protected readonly sections: readonly SettingsSection[] = [
    { path: 'contact', label: $localize`:@@accounts.settings.nav.contact:Контакты и язык` },
    { path: 'email', label: $localize`:@@accounts.settings.nav.email:Почта` },
    { path: 'password', label: $localize`:@@accounts.settings.nav.password:Пароль` },
    { path: 'two-factor', label: $localize`:@@accounts.settings.nav.twoFactor:Вход в два шага` },
    { path: 'sessions', label: $localize`:@@accounts.settings.nav.sessions:Сеансы` },
    { path: 'history', label: $localize`:@@accounts.settings.nav.history:История входов` },
  ];
}
