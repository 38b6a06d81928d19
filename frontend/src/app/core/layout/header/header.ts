import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { NavigationEnd, Router, RouterLink } from '@angular/router';
import { filter } from 'rxjs';
import { AuthStore } from '../../auth/auth-store';
import { LoadingState } from '../../loading/loading-state';
import { AccountMenu } from '../account-menu/account-menu';
import { LanguageSwitch } from '../language-switch/language-switch';

/**
 * The portal's header: brand, section links, language switch, sign-in and registration
 * (or, when signed in, the user's name with a menu: personal account, settings, sign out),
 * and a thin progress bar while requests or lazy routes are loading. On narrow screens
 * the links fold into a disclosure menu (a button with `aria-expanded` and a list of
 * links — the site-navigation pattern, not an ARIA application menu).
 */
@Component({
  selector: 'app-header',
  imports: [RouterLink, MatButton, MatIconButton, MatIcon, MatProgressBar, LanguageSwitch, AccountMenu],
  templateUrl: './header.html',
  styleUrl: './header.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(keydown.escape)': 'closeMenuFromKeyboard()' },
})
export class Header {
  private readonly menuButton = viewChild.required<MatIconButton>('menuButton');

  private readonly store = inject(AuthStore);
  private readonly router = inject(Router);

  protected readonly busy = inject(LoadingState).busy;
  /** Nothing account-related is shown until the start-up session restore has answered. */
  protected readonly session = this.store.state;
  protected readonly menuOpen = signal(false);

  constructor() {
    this.router.events
      .pipe(
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

  protected async signOut(): Promise<void> {
    this.menuOpen.set(false);
    await this.store.signOut();
    await this.router.navigateByUrl('/');
  }

  /** Escape closes the open menu and returns focus to its button. */
  protected closeMenuFromKeyboard(): void {
    if (this.menuOpen()) {
      this.menuOpen.set(false);
      this.menuButton().focus('keyboard');
    }
  }
}
