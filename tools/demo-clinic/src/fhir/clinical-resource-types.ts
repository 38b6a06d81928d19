/** The clinical resource types the portal imports for a patient (DESIGN §4.4). */
export const CLINICAL_RESOURCE_TYPES = [
  'Encounter',
  'Condition',
  'Observation',
  'DiagnosticReport',
  'DocumentReference',
  'Immunization',
  'AllergyIntolerance',
  'MedicationRequest',
  'Procedure',
] as const;
