import { CODE_VALIDITY_MINUTES, type MailCopy } from './mail-copy';

const minutes = (n: number) => `${n} ${n === 1 ? 'minute' : 'minutes'}`;
const validity = `The code is valid for ${minutes(CODE_VALIDITY_MINUTES)}. Do not share it with anyone — the clinic's staff never ask for it.`;
const hello = (name?: string) => (name ? `Hello ${name},` : 'Hello,');

/** The portal's mails in English. */
export const COPY_EN: MailCopy = {
  lang: 'en',
  clinic: 'Clinic',
  codeLabel: 'Your code:',
  signature: 'Kind regards, the Clinic',
  automated: 'This is an automated message; there is no need to reply.',
  templates: {
    'registration-code': (d) => ({
      subject: 'Your registration code — Clinic',
      greeting: hello(d.optional('firstName')),
      intro: ["To finish registering for the Clinic's patient portal, enter this code:"],
      code: d.required('code'),
      outro: [
        validity,
        "If you didn't register, just ignore this email: nobody can finish a registration with your address without the code.",
      ],
    }),
    'registration-attempt': () => ({
      subject: 'Someone tried to register with your address — Clinic',
      greeting: hello(),
      intro: [
        "Someone tried to register for the Clinic's patient portal with your email address, but an account with this address already exists.",
        'If it was you, sign in with your password, or reset your password if you have forgotten it.',
        "If it wasn't you, there is nothing to do: your account has not changed.",
      ],
      outro: [],
    }),
    'login-code': (d) => ({
      subject: 'Your sign-in code — Clinic',
      greeting: hello(),
      intro: ["To sign in to the Clinic's patient portal, enter this code:"],
      code: d.required('code'),
      outro: [
        validity,
        "If you didn't try to sign in, someone knows your password: change it in the portal and contact the clinic.",
      ],
    }),
    'password-reset-code': (d) => ({
      subject: 'Your password reset code — Clinic',
      greeting: hello(),
      intro: ["To set a new password for the Clinic's patient portal, enter this code:"],
      code: d.required('code'),
      outro: [
        validity,
        "If you didn't ask to reset your password, ignore this email: your password stays the same.",
      ],
    }),
    'password-changed': () => ({
      subject: 'Your password was changed — Clinic',
      greeting: hello(),
      intro: [
        "The password of your account in the Clinic's patient portal has just been changed.",
        'If it was you, there is nothing to do.',
        "If it wasn't you, reset your password at once with “Forgot password?” on the sign-in page and contact the clinic.",
      ],
      outro: [],
    }),
    'email-change-code': (d) => ({
      subject: 'Confirm your new email address — Clinic',
      greeting: hello(),
      intro: ["To confirm this address for your account in the Clinic's patient portal, enter this code:"],
      code: d.required('code'),
      outro: [
        validity,
        "If you didn't change your email address, ignore this email: your account's address stays the same.",
      ],
    }),
    'account-locked': (d) => ({
      subject: 'Sign-in temporarily locked — Clinic',
      greeting: hello(),
      intro: [
        `After several failed sign-in attempts, signing in to your account is locked for ${minutes(d.count('minutes'))}.`,
        'If it was you, wait and try again, or reset your password.',
        "If it wasn't you, someone is trying to guess your password: change it to a strong one and contact the clinic.",
      ],
      outro: [],
    }),
  },
};
