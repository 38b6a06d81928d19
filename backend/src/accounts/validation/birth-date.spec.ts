import { isPlausibleBirthDate } from './birth-date';

describe('isPlausibleBirthDate', () => {
  const today = new Date('2026-11-24T12:00:00Z');

  it.each(['1985-03-15', '2026-11-23', '1901-11-24', '2024-02-29'])('accepts %s', (date) => {
    expect(isPlausibleBirthDate(date, today)).toBe(true);
  });

  it.each([
    '2026-11-24',
    '2027-01-01',
    '1901-11-23',
    '2023-02-29',
    '1985-13-01',
    '15.03.1985',
    '',
    19850315,
    null,
  ])('refuses %p', (date) => {
    expect(isPlausibleBirthDate(date, today)).toBe(false);
  });
});
