import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GeoIpConfigError, IpPlaceResolver, LOCAL_NETWORK } from '../../src/audit/ip-place';
import { loadConfig } from '../../src/config/app-config';
import { buildMmdb } from './mmdb-fixture';

describe('IpPlaceResolver', () => {
  const dir = mkdtempSync(join(tmpdir(), 'geoip-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const resolver = async (GEOIP_DB: string) => {
    const places = new IpPlaceResolver(loadConfig({ GEOIP_DB }));
    await places.onModuleInit();
    return places;
  };

  it('without GEOIP_DB: "local network" for private and loopback addresses, null for public ones', async () => {
    const places = await resolver('');
    expect(places.place('127.0.0.1')).toBe(LOCAL_NETWORK);
    expect(places.place('::ffff:192.168.0.3')).toBe(LOCAL_NETWORK);
    expect(places.place('203.0.113.7')).toBeNull();
    expect(places.place(null)).toBeNull();
  });

  it('with a MaxMind database: "City, Country" for an address it knows, null for one it does not', async () => {
    const path = join(dir, 'city.mmdb');
    writeFileSync(
      path,
      buildMmdb('203.0.113.0/24', {
        city: { names: { en: 'Moscow', ru: 'Москва' } },
        country: { iso_code: 'RU', names: { en: 'Russia', ru: 'Россия' } },
      }),
    );
    const places = await resolver(path);
    expect(places.place('203.0.113.7')).toBe('Moscow, Russia');
    expect(places.place('203.0.114.7')).toBeNull();
    expect(places.place('2001:db8::1')).toBeNull();
    expect(places.place('10.0.0.1')).toBe(LOCAL_NETWORK);

    const countryOnly = join(dir, 'country.mmdb');
    writeFileSync(countryOnly, buildMmdb('198.51.100.0/24', { country: { names: { en: 'Kazakhstan' } } }));
    expect((await resolver(countryOnly)).place('198.51.100.1')).toBe('Kazakhstan');
  });

  it('stops the boot, naming GEOIP_DB, when the file cannot be read', async () => {
    await expect(resolver(join(dir, 'missing.mmdb'))).rejects.toThrow(GeoIpConfigError);
    await expect(resolver(join(dir, 'missing.mmdb'))).rejects.toThrow(/^GEOIP_DB: cannot open/);
  });
});
