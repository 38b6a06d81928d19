import {
  MIN_PASSWORD_SCORE,
  passwordProblem,
  passwordScore,
  WEAK_PASSWORD_MESSAGE,
} from './password-strength';
import { personalInputs, transliterate } from './password-user-inputs';

const anna = {
  email: 'anna.ivanova@example.org',
  lastName: 'Иванова',
  firstName: 'Анна',
  birthDate: '1985-03-15',
};

describe('password strength', () => {
  it.each([
    'password1234',
    'qwertyuiop12',
    'пароль12345',
    'ghbdtn12345',
    'йцукенгшщзхъ',
    'klinika2024!',
    'поликлиника1',
    'solnyshko2020',
  ])('refuses the common or Russian-favourite %s', (password) => {
    expect(passwordScore(password)).toBeLessThan(MIN_PASSWORD_SCORE);
  });

  it.each(['annaivanova1985', 'anna-ivanova-15031985', 'ivanova.anna.1985', 'anna.ivanova@example.org'])(
    'refuses %s, built from the person’s own name, email or birth date',
    (password) => {
      expect(passwordProblem(password, anna)).toBe(WEAK_PASSWORD_MESSAGE);
    },
  );

  it.each(['velvet-harbor-quietly-91', 'зелёный чайник летит 42', 'Tr0ub4dour&3x-plums'])(
    'accepts %s',
    (password) => {
      expect(passwordProblem(password, anna)).toBeNull();
    },
  );

  it('bounds the length', () => {
    expect(passwordProblem('Xq7#pL2!', anna)).toMatch(/10 to 128 characters/);
    expect(passwordProblem('a'.repeat(129), anna)).toMatch(/10 to 128 characters/);
  });

  it('turns the person into inputs in both alphabets and common date spellings', () => {
    expect(transliterate('Щукина Юлия')).toBe('shchukina yuliya');
    expect(personalInputs(anna)).toEqual(
      expect.arrayContaining([
        'иванова',
        'ivanova',
        'anna',
        'annaivanova',
        'anna.ivanova',
        '1985',
        '15031985',
        '15.03.1985',
      ]),
    );
  });
});
