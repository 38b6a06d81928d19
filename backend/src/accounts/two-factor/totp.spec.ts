import { acceptedTotpStep, newTotpSecret, totpFor } from './totp';

describe('TOTP', () => {
  const secret = newTotpSecret();
  const now = Date.UTC(2026, 10, 24, 12, 0, 15);
  const step = Math.floor(now / 30_000);
  const codeAt = (t: number) => totpFor(secret).generate({ timestamp: t });

  it('accepts the current code and one step of drift either way, with its step', () => {
    expect(acceptedTotpStep(secret, codeAt(now), null, now)).toBe(step);
    expect(acceptedTotpStep(secret, codeAt(now - 30_000), null, now)).toBe(step - 1);
    expect(acceptedTotpStep(secret, codeAt(now + 30_000), null, now)).toBe(step + 1);
    expect(acceptedTotpStep(secret, codeAt(now - 90_000), null, now)).toBeNull();
  });

  it('refuses a code of a step already used (replay)', () => {
    expect(acceptedTotpStep(secret, codeAt(now), step, now)).toBeNull();
    expect(acceptedTotpStep(secret, codeAt(now - 30_000), step - 1, now)).toBeNull();
    expect(acceptedTotpStep(secret, codeAt(now), step - 1, now)).toBe(step);
  });

  it('uses the parameters every authenticator app understands', () => {
    const url = totpFor(secret, 'anna@example.org').toString();
    expect(url).toMatch(/^otpauth:\/\/totp\/Clinic%20portal:anna%40example\.org\?/);
    expect(url).toContain('algorithm=SHA1');
    expect(url).toContain('digits=6');
    expect(url).toContain('period=30');
  });
});
