import { Prng } from './prng';
import { formatSnils, generateSnils, isValidSnils, snilsCheckDigits } from './snils';

describe('SNILS', () => {
  it('computes the check digits of the published example 112-233-445 95', () => {
    expect(snilsCheckDigits('112233445')).toBe('95');
    expect(isValidSnils('11223344595')).toBe(true);
  });

  it('applies the 100/101 and modulo-101 rules', () => {
    // 9*0 + 8*0 + 7*0 + 6*9 + 5*9 + 4*0 + 3*0 + 2*0 + 1*1 = 100 → 00
    expect(snilsCheckDigits('000990001')).toBe('00');
    // 9*9 + 8*9 + 7*9 + ... = sum > 101 → sum % 101
    const digits = '987654321';
    const sum = [...digits].reduce((total, digit, i) => total + Number(digit) * (9 - i), 0);
    expect(snilsCheckDigits(digits)).toBe(String(sum % 101 === 100 ? 0 : sum % 101).padStart(2, '0'));
  });

  it('rejects a wrong check number and wrong lengths', () => {
    expect(isValidSnils('11223344596')).toBe(false);
    expect(isValidSnils('1122334459')).toBe(false);
    expect(isValidSnils('112-233-445 95')).toBe(false);
  });

  it('generates distinct valid numbers above the unchecked range', () => {
    const used = new Set<string>();
    const prng = new Prng(42);
    for (let i = 0; i < 2000; i++) {
      const snils = generateSnils(prng, used);
      expect(isValidSnils(snils)).toBe(true);
      expect(Number(snils.slice(0, 9))).toBeGreaterThan(1001998);
      expect(snils.slice(0, 9)).not.toMatch(/(\d)\1\1/);
    }
    expect(used.size).toBe(2000);
  });

  it('formats as on the card', () => {
    expect(formatSnils('11223344595')).toBe('112-233-445 95');
  });
});
