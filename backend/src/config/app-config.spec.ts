import { ConfigError, DEVELOPMENT_JWT_SECRET, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('fills defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.CLINIC_FHIR_URL).toBe('http://127.0.0.1:8090/fhir/R4');
    expect(config.TRUST_PROXY).toBe(false);
  });

  it('converts numbers and booleans and treats empty strings as unset', () => {
    const config = loadConfig({ PORT: '8080', TRUST_PROXY: '1', REDIS_URL: '' });
    expect(config.PORT).toBe(8080);
    expect(config.TRUST_PROXY).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).TRUST_PROXY).toBe('10.0.0.0/8, 127.0.0.1');
    expect(() => loadConfig({ TRUST_PROXY: 'maybe' })).toThrow(/TRUST_PROXY must be/);
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6379');
  });

  it('names every bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', CLINIC_AUTH: 'magic' })).toThrow(
      ConfigError,
    );
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', CLINIC_AUTH: 'magic' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('PORT:');
      expect(message).toContain('DATABASE_URL must be a postgres:// URL');
      expect(message).toContain('CLINIC_AUTH:');
    }
  });

  it('refuses the development secret in production, and accepts a real one', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET: the development default/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'short' })).toThrow(/at least 32/);
    const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(48) });
    expect(config.isProduction).toBe(true);
    expect(config.JWT_SECRET).not.toBe(DEVELOPMENT_JWT_SECRET);
  });

  it('requires the credentials of the chosen clinic auth', () => {
    expect(() => loadConfig({ CLINIC_AUTH: 'bearer' })).toThrow(/CLINIC_TOKEN: required/);
    expect(() => loadConfig({ CLINIC_AUTH: 'basic', CLINIC_USERNAME: 'u' })).toThrow(
      /CLINIC_PASSWORD: required/,
    );
    expect(() => loadConfig({ CLINIC_AUTH: 'smart' })).toThrow(/CLINIC_SMART_TOKEN_URL/);
    expect(loadConfig({ CLINIC_AUTH: 'bearer', CLINIC_TOKEN: 't' }).CLINIC_TOKEN).toBe('t');
  });
});

describe('.env.example', () => {
  it('documents every variable the backend reads', () => {
    const { readFileSync } = jest.requireActual<typeof import('node:fs')>('node:fs');
    const example = readFileSync(`${__dirname}/../../../.env.example`, 'utf8');
    const documented = new Set([...example.matchAll(/^(?:# )?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]));
    const read = Object.keys(loadConfig({})).concat([
      'CLINIC_TOKEN',
      'CLINIC_USERNAME',
      'CLINIC_PASSWORD',
      'CLINIC_SMART_TOKEN_URL',
      'CLINIC_SMART_CLIENT_ID',
      'CLINIC_SMART_PRIVATE_KEY',
      'CLINIC_SMART_KEY_ID',
    ]);
    expect(read.filter((name) => !documented.has(name))).toEqual([]);
  });
});
