import { Route } from '@angular/router';
import { signedOutGuard } from '../core/auth/auth.guards';
import { provideFormFieldDefaults } from '../core/forms/form-field-defaults';

/** Registration, sign-in and password recovery: the ways into the personal account. */
export const accountsRoutes: Route[] = [
  {
    path: '',
    providers: [provideFormFieldDefaults()],
    children: [
      {
        path: 'register',
        title: $localize`:@@accounts.register.pageTitle:Регистрация`,
        canActivate: [signedOutGuard],
        loadComponent: () => import('./register/register').then((m) => m.Register),
      },
      {
        path: 'register/confirm',
        title: $localize`:@@accounts.confirm.pageTitle:Подтверждение почты`,
        canActivate: [signedOutGuard],
        loadComponent: () => import('./confirm/confirm').then((m) => m.Confirm),
      },
      {
        path: 'login',
        title: $localize`:@@accounts.login.pageTitle:Вход`,
        canActivate: [signedOutGuard],
        loadComponent: () => import('./login/login').then((m) => m.Login),
      },
      {
        path: 'password/forgot',
        title: $localize`:@@accounts.forgot.pageTitle:Восстановление пароля`,
        loadComponent: () => import('./password-forgot/password-forgot').then((m) => m.PasswordForgot),
      },
      {
        path: 'password/reset',
        title: $localize`:@@accounts.reset.pageTitle:Новый пароль`,
        loadComponent: () => import('./password-reset/password-reset').then((m) => m.PasswordReset),
      },
    ],
  },
];
