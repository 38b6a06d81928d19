import { AbstractControl, FormGroup } from '@angular/forms';

/**
 * Puts the server's field errors on the matching controls (as `{ server: text }`, which
 * `controlErrorText` shows in the field's `mat-error`) and returns the messages of fields
 * the form does not have, for its error summary. The error goes away when the user edits
 * the field, because editing re-runs the control's validators.
 *
 * @param aliases server field name → control name, where they differ
 */
export function applyServerErrors(
  form: FormGroup,
  fields: Record<string, string[]>,
  aliases: Record<string, string> = {},
): string[] {
  const unmatched: string[] = [];
  for (const [field, messages] of Object.entries(fields)) {
    const control: AbstractControl | null = form.get(aliases[field] ?? field);
    if (control) {
      control.setErrors({ ...control.errors, server: messages.join(' ') });
      control.markAsTouched();
    } else {
      unmatched.push(...messages);
    }
  }
  return unmatched;
}
