import type { AppConfig } from '../../config/app-config';
import { DEFAULT_RETRY_TUNING, type RetryTuning } from './retry-policy';

/**
 * The part of {@link AppConfig} the clinic gateway reads. `AppConfig` itself fits; tools and
 * tests can pass a plain object (imported as a type only, so a tool run by `tsx` without
 * decorator support does not load the class-validator class).
 */
export type ClinicSettings = Pick<
  AppConfig,
  | 'CLINIC_FHIR_URL'
  | 'CLINIC_AUTH'
  | 'CLINIC_TOKEN'
  | 'CLINIC_USERNAME'
  | 'CLINIC_PASSWORD'
  | 'CLINIC_SMART_TOKEN_URL'
  | 'CLINIC_SMART_CLIENT_ID'
  | 'CLINIC_SMART_PRIVATE_KEY'
  | 'CLINIC_SMART_KEY_ID'
  | 'CLINIC_SMART_SCOPE'
  | 'CLINIC_TIMEOUT_MS'
  | 'CLINIC_RETRIES'
  | 'CLINIC_MAX_PAGES'
  | 'CLINIC_SNILS_SYSTEM'
  | 'CLINIC_MRN_SYSTEM'
>;

/** Knobs that are not environment variables; tests shorten the waits. */
export interface ClinicTuning extends Omit<RetryTuning, 'retries'> {
  /** Largest JSON answer accepted (a page of a search, a resource). */
  maxJsonBytes: number;
  /** Default size limit of {@link ClinicGateway.readBinary}. */
  maxBinaryBytes: number;
}

export const DEFAULT_CLINIC_TUNING: ClinicTuning = {
  ...DEFAULT_RETRY_TUNING,
  maxJsonBytes: 32 * 1024 * 1024,
  maxBinaryBytes: 25 * 1024 * 1024,
};
