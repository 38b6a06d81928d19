import { Logger } from '@nestjs/common';
import { ClinicRejectedError, ClinicResponseError, ClinicUnavailableError } from './clinic-errors';
import type { ClinicSettings } from './clinic-settings';
import { isRetryableStatus, describeTransportError, isTransportError } from './retry-policy';
import { createClientAssertion, loadSigningKey, type SmartSigningKey } from './smart-client-assertion';

/** Supplies the `Authorization` header of requests to the clinic. */
export interface ClinicAuth {
  /** The header value, or `undefined` for an open server. May fetch a token first. */
  authorization(): Promise<string | undefined>;
  /**
   * Called after a 401: forget a cached token. Returns whether a new attempt can help (only a
   * fetched token can change; a static one cannot).
   */
  invalidate(): boolean;
}

/** Builds the strategy `CLINIC_AUTH` names. */
export function createClinicAuth(settings: ClinicSettings): ClinicAuth {
  switch (settings.CLINIC_AUTH) {
    case 'bearer':
      return staticAuth(`Bearer ${settings.CLINIC_TOKEN}`);
    case 'basic':
      return staticAuth(
        `Basic ${Buffer.from(`${settings.CLINIC_USERNAME}:${settings.CLINIC_PASSWORD}`).toString('base64')}`,
      );
    case 'smart':
      return new SmartBackendAuth(settings);
    default:
      return staticAuth(undefined);
  }
}

function staticAuth(header: string | undefined): ClinicAuth {
  return { authorization: async () => header, invalidate: () => false };
}

/** Refresh this long before the token expires, so a request never leaves with a dying token. */
const EXPIRY_MARGIN_MS = 60_000;
/** When the server does not say (`expires_in` is RECOMMENDED only), assume the SMART default. */
const DEFAULT_EXPIRES_IN_S = 300;

interface CachedToken {
  header: string;
  refreshAt: number;
}

/**
 * SMART backend services: `client_credentials` with a signed `client_assertion`. The token is
 * cached until shortly before it expires; concurrent requests share one token request.
 */
export class SmartBackendAuth implements ClinicAuth {
  private readonly logger = new Logger('ClinicGateway');
  private readonly signing: SmartSigningKey;
  private token?: CachedToken;
  private pending?: Promise<CachedToken>;

  constructor(
    private readonly settings: ClinicSettings,
    private readonly now: () => number = Date.now,
  ) {
    this.signing = loadSigningKey(settings.CLINIC_SMART_PRIVATE_KEY ?? '', settings.CLINIC_SMART_KEY_ID);
  }

  async authorization(): Promise<string> {
    if (this.token && this.now() < this.token.refreshAt) return this.token.header;
    this.pending ??= this.fetchToken().finally(() => (this.pending = undefined));
    this.token = await this.pending;
    return this.token.header;
  }

  invalidate(): boolean {
    this.token = undefined;
    return true;
  }

  private async fetchToken(): Promise<CachedToken> {
    const tokenUrl = this.settings.CLINIC_SMART_TOKEN_URL ?? '';
    const clientId = this.settings.CLINIC_SMART_CLIENT_ID ?? '';
    const body = new URLSearchParams({
      grant_type: 'client_credentials',
      scope: this.settings.CLINIC_SMART_SCOPE,
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: createClientAssertion(this.signing, clientId, tokenUrl, this.now()),
    });
    const startedAt = this.now();
    let response: Response;
    let json: unknown;
    try {
      response = await fetch(tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.settings.CLINIC_TIMEOUT_MS),
      });
      const text = await response.text();
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
    } catch (error) {
      if (!isTransportError(error)) throw error;
      throw new ClinicUnavailableError(
        `SMART token request failed: ${describeTransportError(error)}`,
        undefined,
        {
          cause: error,
        },
      );
    }
    const fields = (json ?? {}) as Record<string, unknown>;
    if (!response.ok) {
      if (isRetryableStatus(response.status)) {
        throw new ClinicUnavailableError(`SMART token request: ${response.status}`, response.status);
      }
      const reason = [fields.error, fields.error_description].filter((v) => typeof v === 'string').join(': ');
      throw new ClinicRejectedError('SMART token request refused', response.status, reason || undefined);
    }
    if (typeof fields.access_token !== 'string' || !fields.access_token) {
      throw new ClinicResponseError('SMART token answer', 'no access_token', response.status);
    }
    if (typeof fields.token_type === 'string' && fields.token_type.toLowerCase() !== 'bearer') {
      throw new ClinicResponseError(
        'SMART token answer',
        `token_type ${fields.token_type.slice(0, 20)}`,
        response.status,
      );
    }
    const expiresInMs =
      (typeof fields.expires_in === 'number' && fields.expires_in > 0
        ? fields.expires_in
        : DEFAULT_EXPIRES_IN_S) * 1000;
    // Short-lived tokens: keep at least the first 4/5 of their life rather than refreshing on every request.
    const margin = Math.min(EXPIRY_MARGIN_MS, expiresInMs / 5);
    this.logger.log(`SMART access token obtained, valid ${Math.round(expiresInMs / 1000)} s`);
    return { header: `Bearer ${fields.access_token}`, refreshAt: startedAt + expiresInMs - margin };
  }
}
