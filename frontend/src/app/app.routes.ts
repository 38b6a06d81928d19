import { Route } from '@angular/router';
import { signedInGuard } from './core/auth/auth.guards';

/** Every page is lazy-loaded; the shell (header, footer) and the session state are the only eager code. */
export const appRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: $localize`:@@landing.pageTitle:Главная`,
    loadComponent: () => import('./landing/landing').then((m) => m.Landing),
  },
  {
    path: '',
    loadChildren: () => import('./accounts/accounts.routes').then((m) => m.accountsRoutes),
  },
  {
    path: 'cabinet',
    title: $localize`:@@accounts.cabinet.pageTitle:Личный кабинет`,
    canMatch: [signedInGuard],
    loadComponent: () => import('./cabinet/cabinet').then((m) => m.Cabinet),
  },
  {
    path: 'settings',
    canMatch: [signedInGuard],
    loadChildren: () => import('./settings/settings.routes').then((m) => m.settingsRoutes),
  },
  {
    path: 'dev/mail',
    title: $localize`:@@accounts.devMail.pageTitle:Тестовый почтовый ящик`,
    loadChildren: () => import('./dev-mail/dev-mail.routes').then((m) => m.devMailRoutes),
  },
  {
    path: '**',
    title: $localize`:@@notFound.pageTitle:Страница не найдена`,
    loadComponent: () => import('./not-found/not-found').then((m) => m.NotFound),
  },
];
