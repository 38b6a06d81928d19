import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { NextFunction, Request, Response, Router } from 'express';

/** Angular's hashed output names (`main-ABCD1234.js`, `media/x-ABCD1234.woff2`) never change content. */
const HASHED = /-[A-Za-z0-9]{8}\.[a-z0-9]+$/;
const DEFAULT_LOCALE = 'ru';

/**
 * Serves the built, localized Angular client: `dist/frontend/browser/{ru,en}`. `/` redirects to
 * the locale from the `lang` cookie or `Accept-Language`; within a locale, files are served with
 * long-cache headers when hashed and unknown paths fall back to that locale's `index.html`
 * (SPA routing), whose `CSP_NONCE` placeholder gets this response's style nonce.
 */
export function clientApp(clientDir: string): Router {
  const root = resolve(clientDir);
  const router = Router();
  const locales = existsSync(root)
    ? readdirSync(root).filter((d) => existsSync(join(root, d, 'index.html')))
    : [];
  if (!locales.length) {
    router.get(/^\/(?!api(\/|$)).*/, (_req, res) => {
      res
        .status(503)
        .type('text/plain')
        .send(`The client is not built: ${root} has no locale folders. Run "npx nx build frontend".`);
    });
    return router;
  }
  const indexHtml = new Map(locales.map((l) => [l, readFileSync(join(root, l, 'index.html'), 'utf8')]));
  const pick = (req: Request) => preferredLocale(req, locales);

  router.get('/', (req, res) => res.redirect(302, `/${pick(req)}/`));
  for (const locale of locales) {
    router.use(
      `/${locale}`,
      express.static(join(root, locale), {
        index: false,
        redirect: false,
        setHeaders: (res, path) =>
          res.setHeader(
            'Cache-Control',
            HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
          ),
      }),
      (req: Request, res: Response, next: NextFunction) => {
        if (req.method !== 'GET' && req.method !== 'HEAD') return next();
        // A missing file (has an extension) is a 404, not the app: broken links should show.
        if (/\.[a-z0-9]+$/i.test(req.path)) return next();
        const nonce = String(res.locals['cspNonce'] ?? '');
        res.setHeader('Cache-Control', 'no-cache');
        res.type('html').send(indexHtml.get(locale)!.replaceAll('CSP_NONCE', nonce));
      },
    );
  }
  // A path without a locale (an old link, a typed address) goes to the same path in the user's locale.
  router.get(/^\/(?!api(\/|$))[^.]*$/, (req, res) => res.redirect(302, `/${pick(req)}${req.path}`));
  return router;
}

/** The `lang` cookie when it names a built locale, else the best `Accept-Language` match. */
export function preferredLocale(req: Pick<Request, 'headers'>, locales: string[]): string {
  const cookie = /(?:^|;\s*)lang=([a-z]{2})/.exec(req.headers.cookie ?? '')?.[1];
  if (cookie && locales.includes(cookie)) return cookie;
  const accepted = (req.headers['accept-language'] ?? '')
    .split(',')
    .map((part) => {
      const [tag, q] = part.trim().split(';q=');
      return { lang: tag.slice(0, 2).toLowerCase(), q: q ? Number(q) : 1 };
    })
    .filter((a) => locales.includes(a.lang))
    .sort((a, b) => b.q - a.q);
  return accepted[0]?.lang ?? (locales.includes(DEFAULT_LOCALE) ? DEFAULT_LOCALE : locales[0]);
}
