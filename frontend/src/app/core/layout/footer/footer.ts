import { ChangeDetectionStrategy, Component } from '@angular/core';

/** The portal's footer: who runs it and what it is not for. */
@Component({
  selector: 'app-footer',
  templateUrl: './footer.html',
  styleUrl: './footer.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Footer {
  protected readonly year = new Date().getFullYear();
}
