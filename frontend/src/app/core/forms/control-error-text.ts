import { AbstractControl } from '@angular/forms';

/**
 * The text for a field's `mat-error`: the server's message first, then the usual
 * validators. `custom` overrides the text of one error key for one field.
 */
export function controlErrorText(control: AbstractControl, custom: Record<string, string> = {}): string {
  const errors = control.errors;
  if (!errors) return '';
  const key = Object.keys(errors).find((name) => custom[name]);
  if (key) return custom[key];
  if (typeof errors['server'] === 'string') return errors['server'];
  if (errors['required']) return $localize`:@@accounts.field.required:Заполните это поле`;
  if (errors['email']) return $localize`:@@accounts.field.email:Проверьте адрес: например, name@example.ru`;
  if (errors['minlength']) {
    const length: number = errors['minlength'].requiredLength;
    return $localize`:@@accounts.field.minLength:Не короче ${length}:length: символов`;
  }
  if (errors['maxlength']) {
    const length: number = errors['maxlength'].requiredLength;
    return $localize`:@@accounts.field.maxLength:Не длиннее ${length}:length: символов`;
  }
  return $localize`:@@accounts.field.invalid:Проверьте значение`;
}
