import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';

/** Which entry point led here; set by the route's `data`. */
export type AccountsPurpose = 'login' | 'register';

/**
 * The sign-in and registration pages until the accounts work lands: says plainly that
 * they are not available yet and leads back to the overview.
 */
@Component({
  selector: 'app-accounts-coming-soon',
  imports: [RouterLink, MatButton, MatIcon],
  templateUrl: './accounts-coming-soon.html',
  styleUrl: './accounts-coming-soon.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountsComingSoon {
  readonly purpose = input<AccountsPurpose>('login');
}
