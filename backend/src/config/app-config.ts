import 'reflect-metadata';
import { plainToInstance, Transform, Type } from 'class-transformer';
import {
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateBy,
  validateSync,
} from 'class-validator';

export enum NodeEnv {
  Development = 'development',
  Test = 'test',
  Production = 'production',
}

export type ClinicAuthKind = 'none' | 'bearer' | 'basic' | 'smart';

/** Secrets that ship in `.env.example` and the development defaults; production refuses them. */
export const DEVELOPMENT_JWT_SECRET = 'development-only-secret-change-me-0123456789';

/** Express's `trust proxy` setting from its environment spelling. */
function parseTrustProxy(value: unknown): boolean | number | string | undefined {
  if (typeof value !== 'string') return value as boolean | number | undefined;
  const v = value.trim().toLowerCase();
  if (v === 'true' || v === 'false') return v === 'true';
  if (/^\d+$/.test(v)) return Number(v);
  return /^[0-9a-f.:/,\s]+$/.test(v) || /^(loopback|linklocal|uniquelocal)/.test(v) ? value : undefined;
}

const url = { require_tld: false, require_protocol: true };

/**
 * Every environment variable the backend reads, validated once at boot. A bad or missing
 * value stops the process with a message naming the variable (see {@link loadConfig}).
 */
export class AppConfig {
  @IsEnum(NodeEnv)
  NODE_ENV: NodeEnv = NodeEnv.Development;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  /** The address patients open; used in mails and links. */
  @IsUrl(url)
  PUBLIC_URL = 'http://localhost:3000';

  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/clinic_portal';

  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Prefix of every Redis key (queues, rate limits); lets several portals or test runs share one Redis. */
  @Matches(/^[A-Za-z0-9_.-]+$/, { message: 'REDIS_PREFIX may contain letters, digits, _ . - only' })
  REDIS_PREFIX = 'portal';

  @IsUrl(url)
  CLINIC_FHIR_URL = 'http://127.0.0.1:8090/fhir/R4';

  @IsIn(['none', 'bearer', 'basic', 'smart'])
  CLINIC_AUTH: ClinicAuthKind = 'none';

  /** `bearer`: a static access token. */
  @IsOptional() @IsString() CLINIC_TOKEN?: string;
  /** `basic`: user name and password. */
  @IsOptional() @IsString() CLINIC_USERNAME?: string;
  @IsOptional() @IsString() CLINIC_PASSWORD?: string;
  /** `smart`: SMART backend services (client credentials with a signed JWT assertion). */
  @IsOptional() @IsUrl(url) CLINIC_SMART_TOKEN_URL?: string;
  @IsOptional() @IsString() CLINIC_SMART_CLIENT_ID?: string;
  /** PEM private key (RS384 or ES384), or a path to a file holding it. */
  @IsOptional() @IsString() CLINIC_SMART_PRIVATE_KEY?: string;
  @IsOptional() @IsString() CLINIC_SMART_KEY_ID?: string;
  @IsString() CLINIC_SMART_SCOPE = 'system/*.rs';

  @Type(() => Number) @IsInt() @Min(100) CLINIC_TIMEOUT_MS = 15000;
  @Type(() => Number) @IsInt() @Min(0) @Max(10) CLINIC_RETRIES = 3;
  @Type(() => Number) @IsInt() @Min(1) CLINIC_MAX_PAGES = 1000;
  @IsString() CLINIC_SNILS_SYSTEM = 'urn:oid:1.2.643.100.3';
  @IsString() CLINIC_MRN_SYSTEM = 'urn:clinic:mrn';
  /** How often the worker checks that the clinic answers. */
  @Type(() => Number) @IsInt() @Min(1000) CLINIC_HEALTH_INTERVAL_MS = 60000;

  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET = DEVELOPMENT_JWT_SECRET;

  /** Lifetime of an access token (seconds); the client renews it with the refresh cookie. */
  @Type(() => Number) @IsInt() @Min(60) @Max(3600) ACCESS_TOKEN_TTL_SECONDS = 900;

  /** A session (refresh token) ends after this many days without use. */
  @Type(() => Number) @IsInt() @Min(1) @Max(365) REFRESH_TOKEN_TTL_DAYS = 30;

  /**
   * Key for data encrypted at rest (two-step sign-in secrets), at least 32 characters. Unset:
   * derived from `JWT_SECRET`, so changing that secret would then turn off authenticator apps.
   */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'DATA_ENCRYPTION_KEY must be at least 32 characters' })
  DATA_ENCRYPTION_KEY?: string;

  /** Where the built client lives (`dist/frontend/browser` with one folder per locale). */
  @IsString()
  CLIENT_DIR = 'dist/frontend/browser';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Requests a client may make per minute to the API as a whole (features set stricter limits). */
  @Type(() => Number) @IsInt() @Min(1) RATE_LIMIT_PER_MINUTE = 600;

  /**
   * Behind a load balancer: which proxies to trust for the client address in `X-Forwarded-For`
   * (rate limits, audit). `false`, a number of hops (safest: `1` behind one proxy that sets the
   * header), or a comma-separated list of proxy addresses/subnets. `true` trusts any hop.
   */
  @Transform(({ value }) => parseTrustProxy(value))
  @ValidateBy({
    name: 'trustProxy',
    validator: {
      validate: (v) => v !== undefined,
      defaultMessage: () => 'TRUST_PROXY must be false, true, a hop count or a list of addresses',
    },
  })
  TRUST_PROXY: boolean | number | string = false;

  /**
   * Outgoing mail server as a nodemailer connection URL (`smtp://user:pass@host:587`,
   * `smtps://…:465`). Unset: mails go to the development outbox (`GET /api/dev/mail`) and no
   * network connection is made; the worker refuses to start in production without it.
   */
  @IsOptional()
  @Matches(/^smtps?:\/\//, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  /** The `From` of every mail the portal sends. */
  @IsString()
  @MinLength(3)
  MAIL_FROM = 'Клиника <no-reply@clinic.local>';

  /** Path to a MaxMind GeoIP2/GeoLite2 City or Country `.mmdb`, for the approximate place of a sign-in. */
  @IsOptional() @IsString() GEOIP_DB?: string;

  get isProduction(): boolean {
    return this.NODE_ENV === NodeEnv.Production;
  }
}

/** Thrown when the environment is invalid; the message names every bad variable. */
export class ConfigError extends Error {}

/** Reads, converts and validates the environment. Empty strings count as unset. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const defined = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const config = plainToInstance(AppConfig, defined, { exposeDefaultValues: true });
  const problems = validateSync(config, { whitelist: false }).flatMap((e) =>
    Object.values(e.constraints ?? {}).map((m) => `${e.property}: ${m}`),
  );
  if (config.isProduction && config.JWT_SECRET === DEVELOPMENT_JWT_SECRET) {
    problems.push(
      'JWT_SECRET: the development default cannot be used in production; set a long random secret',
    );
  }
  if (config.CLINIC_AUTH === 'bearer' && !config.CLINIC_TOKEN)
    problems.push('CLINIC_TOKEN: required when CLINIC_AUTH=bearer');
  if (config.CLINIC_AUTH === 'basic' && !(config.CLINIC_USERNAME && config.CLINIC_PASSWORD)) {
    problems.push('CLINIC_USERNAME, CLINIC_PASSWORD: required when CLINIC_AUTH=basic');
  }
  if (
    config.CLINIC_AUTH === 'smart' &&
    !(config.CLINIC_SMART_TOKEN_URL && config.CLINIC_SMART_CLIENT_ID && config.CLINIC_SMART_PRIVATE_KEY)
  ) {
    problems.push(
      'CLINIC_SMART_TOKEN_URL, CLINIC_SMART_CLIENT_ID, CLINIC_SMART_PRIVATE_KEY: required when CLINIC_AUTH=smart',
    );
  }
  if (problems.length) throw new ConfigError(`Invalid environment:\n  ${problems.join('\n  ')}`);
  return config;
}
