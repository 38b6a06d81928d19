/** Emails are compared without regard to case or surrounding spaces; they are stored this way. */
export function normalizeEmail(value: unknown): unknown {
  return typeof value === 'string' ? value.trim().toLowerCase() : value;
}

/** The longest address SMTP allows. */
export const EMAIL_MAX_LENGTH = 254;
