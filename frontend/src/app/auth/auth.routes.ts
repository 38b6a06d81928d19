import { Route } from '@angular/router';

/**
 * Sign-in and registration. Until the accounts work lands, both show an honest
 * "coming with the accounts" page; `purpose` reaches the component as an input.
 */
export const authRoutes: Route[] = [
  {
    path: 'login',
    title: $localize`:@@auth.login.pageTitle:Вход`,
    data: { purpose: 'login' },
    loadComponent: () =>
      import('./accounts-coming-soon/accounts-coming-soon').then((m) => m.AccountsComingSoon),
  },
  {
    path: 'register',
    title: $localize`:@@auth.register.pageTitle:Регистрация`,
    data: { purpose: 'register' },
    loadComponent: () =>
      import('./accounts-coming-soon/accounts-coming-soon').then((m) => m.AccountsComingSoon),
  },
];
