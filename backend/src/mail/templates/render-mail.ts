import type { MailLocale, MailTemplate } from '../mail.service';
import { COPY_EN } from './copy.en';
import { COPY_RU } from './copy.ru';
import type { MailCopy } from './mail-copy';
import { MailData, MailTemplateDataError } from './mail-data';
import { htmlLayout, textLayout, type MailContext } from './mail-layout';

/** A mail ready for a transport. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const COPIES: Record<MailLocale, MailCopy> = { ru: COPY_RU, en: COPY_EN };

/** Every template name, for checks of untyped input (job payloads). */
export const MAIL_TEMPLATES = Object.keys(COPY_RU.templates) as MailTemplate[];

/**
 * Renders one mail in the request's language (Russian for anything but `en`). Throws
 * {@link MailTemplateDataError} for an unknown template or missing data.
 */
export function renderMail(
  template: MailTemplate,
  locale: MailLocale,
  data: Record<string, string | number>,
  context: MailContext,
): RenderedMail {
  const copy = COPIES[locale] ?? COPY_RU;
  const build = Object.hasOwn(copy.templates, template) ? copy.templates[template] : undefined;
  if (!build) throw new MailTemplateDataError(`Unknown mail template "${template}"`);
  const content = build(new MailData(template, data ?? {}));
  return {
    subject: content.subject,
    text: textLayout(copy, content, context),
    html: htmlLayout(copy, content, context),
  };
}
