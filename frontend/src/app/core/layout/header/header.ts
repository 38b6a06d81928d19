import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { NavigationEnd, Router, RouterLink } from '@angular/router';
import { filter } from 'rxjs';
import { LoadingState } from '../../loading/loading-state';
import { LanguageSwitch } from '../language-switch/language-switch';

/**
 * The portal's header: brand, section links, language switch, sign-in and registration,
 * and a thin progress bar while requests or lazy routes are loading. On narrow screens
 * the links fold into a disclosure menu (a button with `aria-expanded` and a list of
 * links — the site-navigation pattern, not an ARIA application menu).
 */
@Component({
  selector: 'app-header',
  imports: [RouterLink, MatButton, MatIconButton, MatIcon, MatProgressBar, LanguageSwitch],
  templateUrl: './header.html',
  styleUrl: './header.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(keydown.escape)': 'closeMenuFromKeyboard()' },
})
export class Header {
  private readonly menuButton = viewChild.required<MatIconButton>('menuButton');

  protected readonly busy = inject(LoadingState).busy;
  protected readonly menuOpen = signal(false);

  constructor() {
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.menuOpen.set(false));
  }

  protected toggleMenu(): void {
    this.menuOpen.update((open) => !open);
  }

  protected closeMenu(): void {
    this.menuOpen.set(false);
  }

  /** Escape closes the open menu and returns focus to its button. */
  protected closeMenuFromKeyboard(): void {
    if (this.menuOpen()) {
      this.menuOpen.set(false);
      this.menuButton().focus('keyboard');
    }
  }
}
