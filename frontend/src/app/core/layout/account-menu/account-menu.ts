import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDivider } from '@angular/material/divider';
import { MatIcon } from '@angular/material/icon';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { Router, RouterLink } from '@angular/router';
import { AuthStore } from '../../auth/auth-store';
import { shortName } from '../../auth/person-name';

/**
 * The signed-in user's name in the header with a menu: personal account, settings, sign out.
 * Loaded with `@defer` only once someone is signed in, so the menu code stays out of the
 * first download.
 */
@Component({
  selector: 'app-account-menu',
  imports: [RouterLink, MatButton, MatDivider, MatIcon, MatMenu, MatMenuItem, MatMenuTrigger],
  templateUrl: './account-menu.html',
  styleUrl: './account-menu.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountMenu {
  private readonly store = inject(AuthStore);
  private readonly router = inject(Router);

  protected readonly name = computed(() => {
    const me = this.store.me();
    return me ? (me.profile ? shortName(me.profile) : me.account.email) : null;
  });

  protected async signOut(): Promise<void> {
    await this.store.signOut();
    await this.router.navigateByUrl('/');
  }
}
