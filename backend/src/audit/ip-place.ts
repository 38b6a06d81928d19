import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { open, type CityResponse, type Reader } from 'maxmind';
import { AppConfig } from '../config/app-config';
import { isLocalNetworkIp, normalizeIp } from './ip-address';

/** What the sign-in history shows for a private or loopback address. */
export const LOCAL_NETWORK = 'local network';

/** Thrown at boot when `GEOIP_DB` is set but cannot be read as a MaxMind database. */
export class GeoIpConfigError extends Error {}

/**
 * The approximate place of an address, offline: "local network" for private and loopback
 * addresses; for public ones "City, Country" (English names) from the MaxMind database at
 * `GEOIP_DB` when one is configured, else `null`. No address ever leaves the server.
 */
@Injectable()
export class IpPlaceResolver implements OnModuleInit {
  private readonly logger = new Logger(IpPlaceResolver.name);
  private reader: Reader<CityResponse> | null = null;

  constructor(private readonly config: AppConfig) {}

  async onModuleInit(): Promise<void> {
    const path = this.config.GEOIP_DB;
    if (!path) return;
    try {
      this.reader = await open<CityResponse>(path, { cache: { max: 1000 } });
    } catch (error) {
      throw new GeoIpConfigError(`GEOIP_DB: cannot open ${path}: ${(error as Error).message}`);
    }
    this.logger.log(`GeoIP database ${path} loaded`);
  }

  place(ip: string | null): string | null {
    const address = normalizeIp(ip);
    if (!address) return null;
    if (isLocalNetworkIp(address)) return LOCAL_NETWORK;
    const found = this.reader?.get(address);
    if (!found) return null;
    const parts = [found.city?.names?.en, found.country?.names?.en ?? found.registered_country?.names?.en];
    const place = parts.filter((part): part is string => !!part).join(', ');
    return place || null;
  }
}
