import type { MailTemplate } from '../mail.service';
import { escapeHtml } from './escape-html';
import { minutesRu } from './copy.ru';
import { MailTemplateDataError } from './mail-data';
import { MAIL_TEMPLATES, renderMail } from './render-mail';

const context = { publicUrl: 'https://portal.example.org' };
const DATA: Record<MailTemplate, Record<string, string | number>> = {
  'registration-code': { code: '482913', firstName: 'Анна' },
  'registration-attempt': {},
  'login-code': { code: '482913' },
  'password-reset-code': { code: '482913' },
  'password-changed': {},
  'email-change-code': { code: '482913' },
  'account-locked': { minutes: 15 },
};

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters and nothing else', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>Tom & Jerry</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;',
    );
    expect(escapeHtml('Ёлка 15')).toBe('Ёлка 15');
    expect(escapeHtml(42)).toBe('42');
  });
});

describe('renderMail', () => {
  it('has a Russian and an English version of every template', () => {
    expect(MAIL_TEMPLATES.sort()).toEqual(Object.keys(DATA).sort());
    for (const template of MAIL_TEMPLATES) {
      const ru = renderMail(template, 'ru', DATA[template], context);
      const en = renderMail(template, 'en', DATA[template], context);
      expect(ru.subject).toMatch(/Клиника$/);
      expect(en.subject).toMatch(/Clinic$/);
      expect(ru.subject).not.toBe(en.subject);
      expect(ru.html).toContain('<html lang="ru">');
      expect(en.html).toContain('<html lang="en">');
      expect(ru.text).toMatch(/[а-я]/);
      expect(en.text.replace('Анна', '')).not.toMatch(/[а-яё]/i);
      for (const mail of [ru, en]) {
        expect(mail.html).toContain(context.publicUrl);
        expect(mail.html).not.toMatch(/<style|<link|class="/);
      }
    }
  });

  it('shows the code large and monospaced, with its validity and "if it was not you"', () => {
    const ru = renderMail('login-code', 'ru', { code: '482913' }, context);
    expect(ru.subject).toBe('Код для входа — Клиника');
    expect(ru.html).toMatch(
      /<div style="[^"]*font-family:'Courier New',Courier,monospace;font-size:32px[^"]*">482913<\/div>/,
    );
    expect(ru.text).toContain('\n    482913\n');
    expect(ru.text).toContain('Код действует 15 минут.');
    expect(ru.text).toContain('Если вы не пытались войти');
    const en = renderMail('password-reset-code', 'en', { code: 'AB12CD' }, context);
    expect(en.subject).toBe('Your password reset code — Clinic');
    expect(en.text).toContain('The code is valid for 15 minutes.');
    expect(en.text).toContain("If you didn't ask to reset your password");
  });

  it('greets by first name when it is given', () => {
    expect(renderMail('registration-code', 'ru', DATA['registration-code'], context).text).toMatch(
      /^Здравствуйте, Анна!/,
    );
    expect(renderMail('registration-code', 'en', { code: '1', firstName: ' ' }, context).text).toMatch(
      /^Hello,\n/,
    );
  });

  it('says what to do after a registration attempt, a password change and a lock', () => {
    const attempt = renderMail('registration-attempt', 'en', {}, context).text;
    expect(attempt).toContain('Someone tried to register');
    expect(attempt).toContain('sign in with your password, or reset your password');
    const changed = renderMail('password-changed', 'ru', {}, context).text;
    expect(changed).toContain('Если это были не вы, сразу восстановите пароль');
    expect(changed).toContain('свяжитесь с клиникой');
    expect(renderMail('account-locked', 'ru', { minutes: 21 }, context).text).toContain('на 21 минуту.');
    expect(renderMail('account-locked', 'ru', { minutes: '3' }, context).text).toContain('на 3 минуты.');
    expect(renderMail('account-locked', 'en', { minutes: 1 }, context).text).toContain(
      'locked for 1 minute.',
    );
  });

  it('escapes every interpolated value in the HTML and keeps it verbatim in the text', () => {
    const evil = '<img src=x onerror="alert(1)">&';
    const mail = renderMail('registration-code', 'ru', { code: `<b>1</b>`, firstName: evil }, context);
    expect(mail.html).not.toContain('<img');
    expect(mail.html).not.toContain('<b>1</b>');
    expect(mail.html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;');
    expect(mail.html).toContain('&lt;b&gt;1&lt;/b&gt;');
    expect(mail.text).toContain(`Здравствуйте, ${evil}!`);
    const link = renderMail('password-changed', 'en', {}, { publicUrl: 'https://x.org/"><script>' }).html;
    expect(link).not.toContain('<script>');
  });

  it('refuses missing data and unknown templates with a non-retryable error', () => {
    expect(() => renderMail('login-code', 'ru', {}, context)).toThrow(MailTemplateDataError);
    expect(() => renderMail('account-locked', 'en', { minutes: 'soon' }, context)).toThrow(/whole number/);
    expect(() => renderMail('nope' as MailTemplate, 'en', {}, context)).toThrow(/Unknown mail template/);
    expect(() => renderMail('toString' as MailTemplate, 'en', {}, context)).toThrow(/Unknown mail template/);
    expect(new MailTemplateDataError('x').retryable).toBe(false);
  });
});

describe('minutesRu', () => {
  it.each([
    [1, '1 минуту'],
    [2, '2 минуты'],
    [5, '5 минут'],
    [11, '11 минут'],
    [15, '15 минут'],
    [22, '22 минуты'],
    [30, '30 минут'],
  ])('%d → %s', (n, text) => expect(minutesRu(n)).toBe(text));
});
