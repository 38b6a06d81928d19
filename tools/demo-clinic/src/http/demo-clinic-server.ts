import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ADMIN_PATH, AdminEndpoint } from '../admin/admin-endpoint';
import { type ClinicServices, FHIR_BASE_PATH } from './clinic-services';
import { FhirEndpoint } from './fhir-endpoint';
import { errorResult, jsonResult, sendResult } from './http-result';

/**
 * The demo clinic's HTTP server: FHIR under `/fhir/R4`, test controls under `/__admin`
 * (answered only to loopback clients, whatever address the server listens on).
 */
export function createDemoClinicServer(services: ClinicServices): Server {
  const fhir = new FhirEndpoint(services);
  const admin = new AdminEndpoint(services);
  const server = createServer((req, res) => {
    const started = performance.now();
    dispatch(req, res, fhir, admin, services)
      .catch((err: unknown) => {
        if (!res.headersSent) {
          sendResult(res, errorResult(err));
        } else {
          res.destroy();
        }
      })
      .finally(() => {
        services.log?.(
          `${req.method} ${req.url} ${res.statusCode} ${Math.round(performance.now() - started)}ms`,
        );
      });
  });
  server.keepAliveTimeout = 5_000;
  return server;
}

async function dispatch(
  req: IncomingMessage,
  res: ServerResponse,
  fhir: FhirEndpoint,
  admin: AdminEndpoint,
  services: ClinicServices,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://demo-clinic.invalid');
  if (url.pathname === FHIR_BASE_PATH || url.pathname.startsWith(`${FHIR_BASE_PATH}/`)) {
    return fhir.handle(req, res, url);
  }
  if (url.pathname === ADMIN_PATH || url.pathname.startsWith(`${ADMIN_PATH}/`)) {
    if (!isLoopback(req.socket.remoteAddress)) {
      return sendResult(
        res,
        jsonResult(403, { error: 'The admin API answers loopback clients only' }, 'application/json'),
      );
    }
    return admin.handle(req, res, url);
  }
  sendResult(
    res,
    jsonResult(
      404,
      { error: `Not found. The FHIR base is ${services.baseUrl()}; test controls are under ${ADMIN_PATH}` },
      'application/json',
    ),
  );
}

function isLoopback(address: string | undefined): boolean {
  return !!address && (address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.'));
}
