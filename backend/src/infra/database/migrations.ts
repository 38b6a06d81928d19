import { ClinicHealth1764000000000 } from './migrations/1764000000000-ClinicHealth';

/** Every migration in order; each is a hand-reviewed class under `migrations/`. */
export const MIGRATIONS = [ClinicHealth1764000000000];
