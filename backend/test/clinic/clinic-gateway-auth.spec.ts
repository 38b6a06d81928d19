import { Logger } from '@nestjs/common';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { Patient } from '@medplum/fhirtypes';
import { ClinicRejectedError, ClinicUnavailableError, FhirClinicGateway } from '../../src/infra/clinic';
import type { DemoClinicProcess } from '../../../tools/scripts/demo-clinic-process';
import { startAuthProxy, startTokenServer, type AuthProxy, type TokenServer } from './auth-servers';
import { closedPort, defined, FAST_TUNING, settingsFor, startClinic } from './clinic-fixture';

/**
 * Auth of the clinic gateway: static bearer and basic credentials, and SMART backend services
 * (signed client assertion, cached token, one refresh on 401) — against a real token endpoint
 * and an authorizing proxy in front of the demo clinic.
 */
describe('FhirClinicGateway auth', () => {
  const clientId = 'clinic-portal';
  let clinic: DemoClinicProcess;
  let patientId: string;

  beforeAll(async () => {
    Logger.overrideLogger(['error', 'warn']); // not a line per token obtained
    clinic = await startClinic();
    const open = new FhirClinicGateway(settingsFor(clinic.baseUrl), FAST_TUNING);
    for await (const page of open.search('Patient', { _count: 1 })) {
      patientId = defined(page.resources[0]?.id, 'a patient');
      break;
    }
  });

  afterAll(() => clinic?.stop());

  describe('static credentials', () => {
    let proxy: AuthProxy;
    const basic = `Basic ${Buffer.from('portal:s3cret:with:colons').toString('base64')}`;

    beforeAll(async () => {
      proxy = await startAuthProxy(clinic.baseUrl, (h) => h === 'Bearer static-token' || h === basic);
    });
    afterAll(() => proxy?.close());

    it('sends a bearer token', async () => {
      const gateway = new FhirClinicGateway(
        settingsFor(proxy.url, { CLINIC_AUTH: 'bearer', CLINIC_TOKEN: 'static-token' }),
        FAST_TUNING,
      );
      await expect(gateway.read('Patient', patientId)).resolves.toMatchObject({ id: patientId });
    });

    it('sends basic credentials', async () => {
      const gateway = new FhirClinicGateway(
        settingsFor(proxy.url, {
          CLINIC_AUTH: 'basic',
          CLINIC_USERNAME: 'portal',
          CLINIC_PASSWORD: 's3cret:with:colons',
        }),
        FAST_TUNING,
      );
      await expect(gateway.read('Patient', patientId)).resolves.toMatchObject({ id: patientId });
    });

    it('does not retry a refused static token', async () => {
      const before = proxy.unauthorized;
      const gateway = new FhirClinicGateway(
        settingsFor(proxy.url, { CLINIC_AUTH: 'bearer', CLINIC_TOKEN: 'wrong' }),
        FAST_TUNING,
      );
      const error = await gateway.read('Patient', patientId).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ClinicRejectedError);
      expect(error).toMatchObject({ status: 401, outcome: 'Unauthorized', retryable: false });
      expect(proxy.unauthorized - before).toBe(1);
    });
  });

  describe.each([
    ['RS384', () => generateKeyPairSync('rsa', { modulusLength: 2048 })],
    ['ES384', () => generateKeyPairSync('ec', { namedCurve: 'P-384' })],
  ])('SMART backend services (%s)', (_alg, makeKeys) => {
    let keys: { privateKey: KeyObject; publicKey: KeyObject };
    let tokens: TokenServer;
    let proxy: AuthProxy;
    let refuseEveryToken = false;
    const smart = () =>
      new FhirClinicGateway(
        settingsFor(proxy.url, {
          CLINIC_AUTH: 'smart',
          CLINIC_SMART_TOKEN_URL: tokens.url,
          CLINIC_SMART_CLIENT_ID: clientId,
          CLINIC_SMART_PRIVATE_KEY: keys.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
          CLINIC_SMART_KEY_ID: 'portal-key-1',
          CLINIC_SMART_SCOPE: 'system/Patient.rs system/Observation.rs',
        }),
        FAST_TUNING,
      );

    beforeAll(async () => {
      keys = makeKeys();
      tokens = await startTokenServer(keys.publicKey, clientId);
      proxy = await startAuthProxy(
        clinic.baseUrl,
        (h) => !refuseEveryToken && !!h?.startsWith('Bearer ') && tokens.valid.has(h.slice(7)),
      );
    });
    beforeEach(() => {
      tokens.issued = 0;
      tokens.expiresIn = 300;
      tokens.refuseWith = undefined;
      refuseEveryToken = false;
    });
    afterAll(async () => {
      await proxy?.close();
      await tokens?.close();
    });

    it('obtains a token once and reuses it, also for concurrent requests', async () => {
      const gateway = smart();
      const reads = await Promise.all(Array.from({ length: 8 }, () => gateway.read('Patient', patientId)));
      await gateway.read('Patient', patientId);
      expect(reads.every((p: Patient) => p.id === patientId)).toBe(true);
      expect(tokens.issued).toBe(1);
    });

    it('fetches a new token once after a 401 (a revoked token)', async () => {
      const gateway = smart();
      await gateway.read('Patient', patientId);
      tokens.valid.clear();
      await expect(gateway.read('Patient', patientId)).resolves.toMatchObject({ id: patientId });
      expect(tokens.issued).toBe(2);
    });

    it('refreshes the token shortly before it expires', async () => {
      tokens.expiresIn = 1; // refreshed after 4/5 of its life
      const gateway = smart();
      await gateway.read('Patient', patientId);
      await gateway.read('Patient', patientId);
      expect(tokens.issued).toBe(1);
      await new Promise((r) => setTimeout(r, 900));
      await gateway.read('Patient', patientId);
      expect(tokens.issued).toBe(2);
    });

    it('gives up after one refresh when the clinic keeps refusing', async () => {
      const gateway = smart();
      await gateway.read('Patient', patientId);
      const before = { unauthorized: proxy.unauthorized, issued: tokens.issued };
      refuseEveryToken = true;
      const error = await gateway.read('Patient', patientId).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ClinicRejectedError);
      expect(error).toMatchObject({ status: 401, retryable: false });
      expect(proxy.unauthorized - before.unauthorized).toBe(2);
      expect(tokens.issued - before.issued).toBe(1);
    });

    it('reports a refused client with the OAuth error', async () => {
      tokens.refuseWith = { error: 'invalid_client', error_description: 'unknown key' };
      const error = await smart()
        .read('Patient', patientId)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ClinicRejectedError);
      expect((error as ClinicRejectedError).outcome).toBe('invalid_client: unknown key');
    });

    it('reports an unreachable token endpoint as unavailable', async () => {
      const port = await closedPort();
      const gateway = new FhirClinicGateway(
        settingsFor(proxy.url, {
          CLINIC_AUTH: 'smart',
          CLINIC_SMART_TOKEN_URL: `http://127.0.0.1:${port}/token`,
          CLINIC_SMART_CLIENT_ID: clientId,
          CLINIC_SMART_PRIVATE_KEY: keys.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
          CLINIC_RETRIES: 1,
        }),
        FAST_TUNING,
      );
      await expect(gateway.read('Patient', patientId)).rejects.toThrow(ClinicUnavailableError);
    });
  });
});
