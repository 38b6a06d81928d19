import { randomBytes } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '../../config/app-config';

/** Paths whose third-party UIs need inline styles (Swagger UI, the queue dashboard). */
const TOOL_UI_PATHS = ['/api/docs', '/api/admin/queues'];

/**
 * Security headers for every response: a strict Content-Security-Policy whose style nonce is
 * fresh per request (Angular's `ngCspNonce` gets it from the served index.html), no framing,
 * no sniffing, no referrer, HSTS when the portal is served over HTTPS.
 */
export function securityHeaders(config: AppConfig): RequestHandler[] {
  const https = config.PUBLIC_URL.startsWith('https://');
  const nonce = (_req: unknown, res: unknown) => `'nonce-${(res as Response).locals['cspNonce']}'`;
  const directives = (styleSrc: Array<string | typeof nonce>) => ({
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc,
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    frameAncestors: ["'none'"],
    formAction: ["'self'"],
    scriptSrcAttr: ["'none'"],
    upgradeInsecureRequests: https ? [] : null,
  });
  const common = {
    strictTransportSecurity: https ? { maxAge: 31536000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' as const },
    crossOriginEmbedderPolicy: false,
  };
  const strict = helmet({
    ...common,
    contentSecurityPolicy: { useDefaults: false, directives: directives(["'self'", nonce]) },
  });
  const tools = helmet({
    ...common,
    contentSecurityPolicy: { useDefaults: false, directives: directives(["'self'", "'unsafe-inline'"]) },
  });
  return [
    (_req: Request, res: Response, next: NextFunction) => {
      res.locals['cspNonce'] = randomBytes(16).toString('base64');
      res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()');
      next();
    },
    (req: Request, res: Response, next: NextFunction) =>
      (TOOL_UI_PATHS.some((p) => req.path.startsWith(p)) ? tools : strict)(req, res, next),
  ];
}
