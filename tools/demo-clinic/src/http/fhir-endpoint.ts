import { isResourceType } from '@medplum/core';
import type { CapabilityStatement } from '@medplum/fhirtypes';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FaultSpec } from '../admin/fault-injector';
import { type ClinicServices, FHIR_BASE_PATH } from './clinic-services';
import { type FhirCall, FhirInteractions } from './fhir-interactions';
import { buildCapabilityStatement } from '../fhir/capability-statement';
import {
  errorResult,
  type HttpResult,
  jsonResult,
  outcomeResult,
  sendResult,
  simpleOutcome,
} from './http-result';
import { readBody } from './request-body';

/**
 * Serves everything under the FHIR base: counts the request, applies an armed fault (delay,
 * error status, broken JSON, endless paging), then routes the interaction.
 */
export class FhirEndpoint {
  private readonly interactions: FhirInteractions;
  private capability?: CapabilityStatement;

  constructor(private readonly services: ClinicServices) {
    this.interactions = new FhirInteractions(services);
  }

  async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const path = url.pathname.slice(FHIR_BASE_PATH.length).replace(/^\/+|\/+$/g, '');
    const segments = path === '' ? [] : path.split('/').map((segment) => decodeURIComponent(segment));
    this.services.stats.record(method, segments[0] ?? '');
    const body = method === 'GET' || method === 'HEAD' ? Buffer.alloc(0) : await readBody(req);

    const fault = this.services.faults.take(method, `${path}${url.search}`);
    if (fault) {
      this.services.stats.recordFault();
    }
    if (fault?.delayMs) {
      await sleep(fault.delayMs);
    }
    let result: HttpResult;
    if (fault?.status) {
      result = outcomeResult(
        simpleOutcome('error', 'transient', `Injected fault: HTTP ${fault.status}`),
        fault.status,
      );
    } else {
      const call: FhirCall = {
        method,
        type: segments[0] ?? '',
        id: segments[1],
        path: segments.join('/'),
        query: url.searchParams,
        headers: req.headers,
        body,
      };
      result = await this.route(call, segments).catch(errorResult);
      result = applyFault(result, fault);
    }
    sendResult(res, result, method === 'HEAD');
  }

  private async route(call: FhirCall, segments: readonly string[]): Promise<HttpResult> {
    const { method, type } = call;
    const read = method === 'GET' || method === 'HEAD';
    if (segments.length === 0) {
      return notSupported('System-level search, batch and transaction are not supported; use /{type}', 400);
    }
    if (type === 'metadata' && segments.length === 1 && read) {
      this.capability ??= buildCapabilityStatement(this.services.baseUrl(), this.services.startedAt);
      return jsonResult(200, this.capability);
    }
    if (!isResourceType(type)) {
      return notSupported(`Unknown resource type ${type}`, 404);
    }
    if (segments.length === 1) {
      if (read) {
        return this.interactions.search(call);
      }
      if (method === 'POST') {
        return this.interactions.create(call);
      }
      return this.interactions.otherWrite(call);
    }
    if (segments.length === 2 && segments[1] === '_search' && method === 'POST') {
      return this.interactions.search(
        { ...call, path: type },
        new URLSearchParams(call.body.toString('utf8')),
      );
    }
    if (segments.length === 2) {
      switch (method) {
        case 'GET':
        case 'HEAD':
          return this.interactions.read(call);
        case 'PUT':
          return this.interactions.update(call);
        case 'DELETE':
          return this.interactions.remove(call);
        case 'PATCH':
          return this.interactions.otherWrite(call);
      }
    }
    if (read && segments[2] === '_history' && segments.length <= 4) {
      return this.interactions.passThrough({ ...call, method: 'GET' });
    }
    return notSupported(`${method} ${call.path} is not supported`, 405);
  }
}

function notSupported(text: string, status: number): HttpResult {
  return outcomeResult(simpleOutcome('error', 'not-supported', text), status);
}

/** Breaks a good answer the way the fault says: half the body, or a `next` link back to itself. */
function applyFault(result: HttpResult, fault: FaultSpec | undefined): HttpResult {
  if (!fault) {
    return result;
  }
  let current = result;
  if (fault.pageLoop && result.status === 200) {
    const bundle = JSON.parse(result.body.toString('utf8')) as {
      resourceType?: string;
      link?: { relation: string; url: string }[];
    };
    const self = bundle.link?.find((link) => link.relation === 'self');
    if (bundle.resourceType === 'Bundle' && self) {
      bundle.link = [
        ...(bundle.link ?? []).filter((link) => link.relation !== 'next'),
        { relation: 'next', url: self.url },
      ];
      current = { ...result, body: Buffer.from(JSON.stringify(bundle)) };
    }
  }
  if (fault.malformed) {
    current = { ...current, body: current.body.subarray(0, Math.floor(current.body.length / 2)) };
  }
  return current;
}
