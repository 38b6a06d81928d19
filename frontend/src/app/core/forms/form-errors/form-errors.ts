import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';

/**
 * A form's error summary. The live region is always in the page and only its content
 * changes, so screen readers announce each new set of errors.
 */
@Component({
  selector: 'app-form-errors',
  imports: [MatIcon],
  templateUrl: './form-errors.html',
  styleUrl: './form-errors.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FormErrors {
  readonly errors = input<readonly string[]>([]);
}
