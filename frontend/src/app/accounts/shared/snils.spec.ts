import { formatSnils, snilsChecksumValid } from './snils';

describe('SNILS', () => {
  it.each([
    ['1', '1'],
    ['1122', '112-2'],
    ['112233445', '112-233-445'],
    ['1122334459', '112-233-445 9'],
    ['11223344595', '112-233-445 95'],
    ['112-233-445 95 77', '112-233-445 95'],
    ['abc', ''],
  ])('formats %s as %s', (typed, formatted) => {
    expect(formatSnils(typed)).toBe(formatted);
  });

  it.each([
    ['112-233-445 95', true],
    ['112-233-445 96', false],
    ['123-456-789 64', true],
    ['001-001-998 00', true],
    ['112-233-445', false],
  ])('checks the check number of %s: %s', (snils, valid) => {
    expect(snilsChecksumValid(snils)).toBe(valid);
  });
});
