import { escapeHtml } from './escape-html';
import type { MailContent, MailCopy } from './mail-copy';

/** Where the layout links to: the portal's public address. */
export interface MailContext {
  publicUrl: string;
}

// Mail clients drop <style> blocks and external CSS: every style is inline.
const FONT = "font-family:Arial,'Helvetica Neue',Helvetica,sans-serif;";
const PARAGRAPH = `margin:0 0 16px;${FONT}font-size:16px;line-height:24px;color:#1f2933;`;
const CODE =
  "display:inline-block;margin:0 0 16px;padding:12px 20px;font-family:'Courier New',Courier,monospace;" +
  'font-size:32px;line-height:40px;font-weight:bold;letter-spacing:6px;color:#0b3d91;' +
  'background:#eef3fb;border:1px solid #c9d6ee;border-radius:6px;';
const SMALL = `margin:0;${FONT}font-size:13px;line-height:20px;color:#616e7c;`;

const paragraph = (text: string) => `<p style="${PARAGRAPH}">${escapeHtml(text)}</p>`;

/** The HTML version: one centred column, readable on a phone, inline CSS only. */
export function htmlLayout(copy: MailCopy, content: MailContent, context: MailContext): string {
  const code = content.code
    ? `<p style="${SMALL}margin-bottom:8px;">${escapeHtml(copy.codeLabel)}</p>` +
      `<div style="${CODE}">${escapeHtml(content.code)}</div>`
    : '';
  const url = escapeHtml(context.publicUrl);
  return `<!DOCTYPE html>
<html lang="${escapeHtml(copy.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(content.subject)}</title>
</head>
<body style="margin:0;padding:0;background:#f4f6f8;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f4f6f8;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:560px;background:#ffffff;border-radius:8px;">
<tr><td style="padding:20px 28px;border-bottom:1px solid #e4e7eb;${FONT}font-size:20px;font-weight:bold;color:#0b3d91;">${escapeHtml(copy.clinic)}</td></tr>
<tr><td style="padding:28px;">
${paragraph(content.greeting)}
${content.intro.map(paragraph).join('\n')}
${code}
${content.outro.map(paragraph).join('\n')}
<p style="${PARAGRAPH}margin-bottom:0;">${escapeHtml(copy.signature)}</p>
</td></tr>
<tr><td style="padding:16px 28px;border-top:1px solid #e4e7eb;">
<p style="${SMALL}">${escapeHtml(copy.automated)}</p>
<p style="${SMALL}"><a href="${url}" style="color:#0b3d91;">${url}</a></p>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}

/** The plain-text version, for clients that show no HTML and for screen readers. */
export function textLayout(copy: MailCopy, content: MailContent, context: MailContext): string {
  const blocks = [
    content.greeting,
    ...content.intro,
    ...(content.code ? [`${copy.codeLabel}\n\n    ${content.code}`] : []),
    ...content.outro,
    copy.signature,
    `-- \n${copy.automated}\n${context.publicUrl}`,
  ];
  return `${blocks.join('\n\n')}\n`;
}
