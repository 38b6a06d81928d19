import { Me } from './api-types';

/** A signed-in patient for unit tests. */
export const ME: Me = {
  account: {
    id: 'a1',
    email: 'fedor@example.org',
    role: 'patient',
    locale: 'ru',
    phone: null,
    twoFactor: null,
    createdAt: '2026-11-20T10:00:00Z',
  },
  profile: {
    id: 'p1',
    lastName: 'Достоевский',
    firstName: 'Фёдор',
    middleName: 'Михайлович',
    birthDate: '1821-11-11',
    sex: 'male',
    verificationStatus: 'unverified',
    verificationMethod: null,
    failureReason: null,
  },
};
