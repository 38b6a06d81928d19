import { isValidSnils, normalizeSnils } from './snils';

describe('SNILS', () => {
  it.each(['12345678964', '11223344595', '08765430300', '00100199800'])('accepts %s', (snils) => {
    expect(isValidSnils(snils)).toBe(true);
  });

  it.each([
    ['a wrong check number', '12345678965'],
    ['too few digits', '1234567896'],
    ['letters', '1234567896a'],
    ['99 where the check number must be 00', '08765430399'],
  ])('refuses %s', (_, snils) => {
    expect(isValidSnils(snils)).toBe(false);
  });

  it('computes 00 for sums of 100 and 101, and the remainder mod 101 above', () => {
    // 087654303: 0*9+8*8+7*7+6*6+5*5+4*4+3*3+0*2+3*1 = 202 → 202 mod 101 = 0 → 00
    expect(isValidSnils('08765430300')).toBe(true);
    // 112233445: 1*9+1*8+2*7+2*6+3*5+3*4+4*3+4*2+5*1 = 95 → 95
    expect(isValidSnils('11223344595')).toBe(true);
  });

  it('normalises the usual spellings and leaves the rest for the validator', () => {
    expect(normalizeSnils('123-456-789 64')).toBe('12345678964');
    expect(normalizeSnils(' 123 456 789 64 ')).toBe('12345678964');
    expect(normalizeSnils('123-456-789 6x')).toBe('123-456-789 6x');
    expect(normalizeSnils(12345678964)).toBe(12345678964);
  });
});
