import { ClinicHealthCheck } from '../../clinic-health/clinic-health-check.entity';

/** Every entity, listed explicitly so bundled builds and the CLI see the same set. */
export const ENTITIES = [ClinicHealthCheck];
