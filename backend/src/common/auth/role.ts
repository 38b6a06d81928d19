/** Who an account is: a patient, or one of the clinic's people. */
export const ROLES = ['patient', 'staff', 'doctor', 'admin'] as const;
export type Role = (typeof ROLES)[number];
