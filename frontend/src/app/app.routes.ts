import { Route } from '@angular/router';

/** Every page is lazy-loaded; the shell (header, footer) is the only eager code. */
export const appRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: $localize`:@@landing.pageTitle:Главная`,
    loadComponent: () => import('./landing/landing').then((m) => m.Landing),
  },
  {
    path: '',
    loadChildren: () => import('./auth/auth.routes').then((m) => m.authRoutes),
  },
  {
    path: '**',
    title: $localize`:@@notFound.pageTitle:Страница не найдена`,
    loadComponent: () => import('./not-found/not-found').then((m) => m.NotFound),
  },
];
