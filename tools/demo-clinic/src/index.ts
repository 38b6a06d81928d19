/** The demo clinic's programmatic API, for the portal's start script and tests. */
export {
  type DemoClinic,
  type DemoClinicOptions,
  DEFAULT_HOST,
  DEFAULT_PORT,
  seedRepository,
  startDemoClinic,
} from './start-demo-clinic';
export {
  DEFAULT_PATIENTS,
  DEFAULT_SEED,
  type GenerateClinicOptions,
  type GeneratedClinic,
  generateClinic,
  HISTORY_END,
} from './generator/generate-clinic';
export { type DemoPeople, type DemoPerson, formatDemoTable } from './generator/demo-people';
export { formatSnils, isValidSnils, SNILS_SYSTEM, snilsCheckDigits } from './generator/snils';
export { MRN_SYSTEM } from './generator/patient-resources';
export { SPECIALTY_SYSTEM } from './generator/specialties';
export { type FaultSpec, FaultInjector } from './admin/fault-injector';
export { type RequestStatsSnapshot, RequestStats } from './admin/request-stats';
export { IndexedMemoryRepository } from './fhir/indexed-repository';
export { loadFhirDefinitions } from './fhir/fhir-definitions';
export { FHIR_BASE_PATH } from './http/clinic-services';
