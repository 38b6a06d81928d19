import { passwordStrength } from './password-strength';

describe('passwordStrength (a client-side hint)', () => {
  it.each(['Sinyaya-Lodka-2048!', 'зелёный чайник летит 42', 'correct horse battery staple'])(
    'rates a long phrase "%s" as strong',
    (password) => {
      expect(passwordStrength(password)).toBe(4);
    },
  );

  it.each(['', 'Ab1!', 'short12'])('rates "%s" (under 10 characters) as too weak', (password) => {
    expect(passwordStrength(password)).toBe(0);
  });

  it.each(['password123', 'qwertyuiop', '1234567890', 'aaaaaaaaaaaa'])(
    'rates the predictable "%s" low',
    (password) => {
      expect(passwordStrength(password)).toBeLessThanOrEqual(1);
    },
  );

  it('counts the person’s own name as predictable', () => {
    expect(passwordStrength('dostoevsky1821')).toBeGreaterThan(
      passwordStrength('dostoevsky1821', ['Dostoevsky']),
    );
  });
});
