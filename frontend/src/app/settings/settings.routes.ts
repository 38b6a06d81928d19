import { Route } from '@angular/router';
import { provideFormFieldDefaults } from '../core/forms/form-field-defaults';

/** Settings: one page a section, under a shared heading and tab bar. */
export const settingsRoutes: Route[] = [
  {
    path: '',
    providers: [provideFormFieldDefaults()],
    loadComponent: () => import('./settings').then((m) => m.Settings),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'contact' },
      {
        path: 'contact',
        title: $localize`:@@accounts.settings.contact.pageTitle:Контакты и язык — Настройки`,
        loadComponent: () => import('./contact/contact-settings').then((m) => m.ContactSettings),
      },
      {
        path: 'email',
        title: $localize`:@@accounts.settings.email.pageTitle:Электронная почта — Настройки`,
        loadComponent: () => import('./email/email-settings').then((m) => m.EmailSettings),
      },
      {
        path: 'password',
        title: $localize`:@@accounts.settings.password.pageTitle:Пароль — Настройки`,
        loadComponent: () => import('./password/password-settings').then((m) => m.PasswordSettings),
      },
      {
        path: 'two-factor',
        title: $localize`:@@accounts.settings.twoFactor.pageTitle:Вход в два шага — Настройки`,
        loadComponent: () => import('./two-factor/two-factor-settings').then((m) => m.TwoFactorSettings),
      },
      {
        path: 'sessions',
        title: $localize`:@@accounts.settings.sessions.pageTitle:Сеансы — Настройки`,
        loadComponent: () => import('./sessions/sessions-settings').then((m) => m.SessionsSettings),
      },
      {
        path: 'history',
        title: $localize`:@@accounts.settings.history.pageTitle:История входов — Настройки`,
        loadComponent: () => import('./sign-in-history/sign-in-history').then((m) => m.SignInHistory),
      },
    ],
  },
];
