import type { MailTemplate } from '../mail.service';
import type { MailData } from './mail-data';

/** How long a mailed one-time code is valid; the accounts feature expires codes after this. */
export const CODE_VALIDITY_MINUTES = 15;

/**
 * The words of one mail, as plain text: the layout escapes every string when it builds the
 * HTML, so no template can inject markup.
 */
export interface MailContent {
  subject: string;
  greeting: string;
  /** Paragraphs before the code, or all of them when there is no code. */
  intro: string[];
  /** A one-time code, shown large in a monospaced font. */
  code?: string;
  /** Paragraphs after the code. */
  outro: string[];
}

/** Every mail of one language, plus the words the layout around them uses. */
export interface MailCopy {
  /** The `lang` of the HTML document. */
  lang: string;
  clinic: string;
  /** The line above the code, for screen readers and the text version. */
  codeLabel: string;
  signature: string;
  automated: string;
  templates: { readonly [T in MailTemplate]: (data: MailData) => MailContent };
}
