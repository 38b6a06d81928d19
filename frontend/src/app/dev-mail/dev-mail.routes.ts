import { Route } from '@angular/router';
import { provideFormFieldDefaults } from '../core/forms/form-field-defaults';

/** The development mail outbox. */
export const devMailRoutes: Route[] = [
  {
    path: '',
    providers: [provideFormFieldDefaults()],
    loadComponent: () => import('./dev-mail').then((m) => m.DevMail),
  },
];
