/** The clinic gateway: what features import. */
export * from './clinic-errors';
export * from './clinic-gateway';
export { ClinicModule } from './clinic.module';
export type { ClinicSettings, ClinicTuning } from './clinic-settings';
export { FhirClinicGateway } from './fhir-clinic-gateway';
