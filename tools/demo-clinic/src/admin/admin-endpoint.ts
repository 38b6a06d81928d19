import { badRequest, OperationOutcomeError } from '@medplum/core';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkResource } from '../fhir/resource-validation';
import type { ClinicServices } from '../http/clinic-services';
import { errorResult, type HttpResult, jsonResult, sendResult } from '../http/http-result';
import { parseJson, readBody } from '../http/request-body';
import { parseFaultSpec } from './fault-injector';

const JSON_TYPE = 'application/json; charset=utf-8';

export const ADMIN_PATH = '/__admin';

/**
 * Test controls under `/__admin` (not FHIR, loopback clients only): arm and clear faults, read
 * request counters, upsert or delete resources directly on the clinic side (no booking rule, no
 * fault), see the demo people, and reset the data to the generated state.
 */
export class AdminEndpoint {
  constructor(private readonly services: ClinicServices) {}

  async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const route = url.pathname.slice(ADMIN_PATH.length).replace(/\/+$/, '') || '/';
    const result = await this.route(method, route, req).catch(errorResult);
    sendResult(res, result);
  }

  private async route(method: string, route: string, req: IncomingMessage): Promise<HttpResult> {
    const { faults, stats } = this.services;
    const key = `${method} ${route}`;
    switch (key) {
      case 'GET /':
        return json(200, { endpoints: ADMIN_ENDPOINTS });
      case 'POST /faults': {
        let spec;
        try {
          spec = parseFaultSpec(parseJson(await readBody(req)));
        } catch (err) {
          throw err instanceof OperationOutcomeError
            ? err
            : new OperationOutcomeError(badRequest((err as Error).message));
        }
        return json(201, { fault: faults.add(spec) });
      }
      case 'GET /faults':
        return json(200, { faults: faults.list() });
      case 'DELETE /faults': {
        const cleared = faults.list().length;
        faults.clear();
        return json(200, { cleared });
      }
      case 'GET /stats':
        return json(200, stats.snapshot());
      case 'DELETE /stats':
        stats.reset();
        return json(200, stats.snapshot());
      case 'POST /resources':
        return json(200, { resources: await this.upsert(parseJson(await readBody(req))) });
      case 'GET /demo':
        return json(200, {
          baseUrl: this.services.baseUrl(),
          demo: this.services.clinic.demo,
          counts: this.services.repo.countByType(),
        });
      case 'POST /reset':
        await this.services.lock.run(() => this.services.reseed());
        faults.clear();
        stats.reset();
        return json(200, { counts: this.services.repo.countByType() });
    }
    const deletion = /^DELETE \/resources\/([A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})$/.exec(key);
    if (deletion) {
      await this.services.lock.run(() => this.services.repo.deleteResource(deletion[1], deletion[2]));
      return json(200, { deleted: `${deletion[1]}/${deletion[2]}` });
    }
    return json(404, { error: `No admin route ${key}`, endpoints: ADMIN_ENDPOINTS });
  }

  /** Creates (no id) or creates-or-replaces (with id) each resource, with a new version and `lastUpdated` = now. */
  private async upsert(body: unknown): Promise<Resource[]> {
    const items = Array.isArray(body)
      ? body
      : (body as Bundle | undefined)?.resourceType === 'Bundle'
        ? ((body as Bundle).entry ?? []).map((entry) => entry.resource)
        : [body];
    const resources = items.map((item) => checkResource(item));
    return this.services.lock.run(async () => {
      const saved: Resource[] = [];
      for (const resource of resources) {
        saved.push(
          resource.id
            ? await this.services.repo.updateResource(resource)
            : await this.services.repo.createResource(resource),
        );
      }
      return saved;
    });
  }
}

function json(status: number, value: unknown): HttpResult {
  return jsonResult(status, value, JSON_TYPE);
}

const ADMIN_ENDPOINTS = [
  'POST /__admin/faults {status?, count?, delayMs?, malformed?, pageLoop?, path?, method?} — arm a fault for the next matching FHIR requests',
  'GET /__admin/faults — armed faults',
  'DELETE /__admin/faults — clear all faults',
  'GET /__admin/stats — FHIR request counts per resource type',
  'DELETE /__admin/stats — reset the counts',
  'POST /__admin/resources — upsert a resource, an array of resources or a Bundle directly',
  'DELETE /__admin/resources/{type}/{id} — delete directly',
  'GET /__admin/demo — demo patients and resource counts',
  'POST /__admin/reset — back to the generated data; clears faults and counts',
];
