/**
 * Moves focus to the first invalid field of a submitted form, so keyboard and screen-reader
 * users land on what needs fixing (the error summary above it is announced).
 */
export function focusFirstInvalid(form: HTMLElement): void {
  const invalid = form.querySelector<HTMLElement>(
    'input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid, mat-radio-group.ng-invalid input, mat-checkbox.ng-invalid input',
  );
  invalid?.focus();
}
