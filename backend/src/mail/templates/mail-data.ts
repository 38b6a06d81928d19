/**
 * Thrown when a mail's data lacks what its template needs. Retrying cannot fix it, so the
 * job gives up at once (`retryable: false`) and stays in the failed set for a developer.
 */
export class MailTemplateDataError extends Error {
  readonly retryable = false;
}

/** Typed reads of a mail request's `data`. */
export class MailData {
  constructor(
    private readonly template: string,
    private readonly values: Record<string, string | number>,
  ) {}

  /** A value the mail cannot do without (the code), as text. */
  required(key: string): string {
    const value = this.optional(key);
    if (value === undefined) {
      throw new MailTemplateDataError(`Mail "${this.template}" needs data.${key}`);
    }
    return value;
  }

  /** A value the mail can do without (the first name in the greeting). */
  optional(key: string): string | undefined {
    const value = this.values?.[key];
    if (value === undefined || value === null) return undefined;
    const text = String(value).trim();
    return text === '' ? undefined : text;
  }

  /** A positive whole number, such as the minutes of a lock. */
  count(key: string): number {
    const value = Number(this.required(key));
    if (!Number.isInteger(value) || value < 0) {
      throw new MailTemplateDataError(`Mail "${this.template}" needs data.${key} as a whole number`);
    }
    return value;
  }
}
