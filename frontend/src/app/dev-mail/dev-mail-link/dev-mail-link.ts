import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { isLocalDevelopment } from '../../core/dev/local-development';

/**
 * "Открыть тестовый почтовый ящик": a development aid next to "we sent you a code", shown
 * only when the portal is opened from localhost, where mail goes to the outbox.
 */
@Component({
  selector: 'app-dev-mail-link',
  imports: [RouterLink, MatIcon],
  templateUrl: './dev-mail-link.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DevMailLink {
  readonly email = input('');
  protected readonly visible = isLocalDevelopment();
}
