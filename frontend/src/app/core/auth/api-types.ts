/**
 * Request and response bodies of the accounts API (`/api/auth/*`, `/api/me/*`, `/api/dev/mail`),
 * named for the client. They are the types generated from the backend's OpenAPI document
 * (`npm run api:generate` → `core/api/schema.ts`), never written a second time.
 */
import { components } from '../api/schema';

type Schemas = components['schemas'];

export type RegisterRequest = Schemas['RegisterDto'];
export type AccessTokenResponse = Schemas['AccessTokenDto'];
export type Me = Schemas['MeDto'];
export type MeAccount = Schemas['MeAccountDto'];
/** The account's own profile; staff accounts have none. */
export type MeProfile = Schemas['MeProfileDto'];
export type UpdateMeRequest = Schemas['UpdateMeDto'];
export type TotpSetup = Schemas['TotpSetupDto'];
export type RecoveryCodes = Schemas['RecoveryCodesDto'];
export type Session = Schemas['SessionDto'];
export type SignIn = Schemas['SignInEntryDto'];
export type SignInPage = Schemas['SignInHistoryDto'];
export type OutboxMail = Schemas['DevMailDto'];

export type Sex = MeProfile['sex'];
export type AccountLocale = MeAccount['locale'];
export type TwoFactorMethod = NonNullable<MeAccount['twoFactor']>;
export type VerificationStatus = MeProfile['verificationStatus'];

/** `LoginResultDto` is one flat object in the document; the client tells its two shapes apart. */
export type TwoFactorChallenge = Required<
  Pick<Schemas['LoginResultDto'], 'twoFactorRequired' | 'method' | 'challengeToken'>
>;
export type LoginResponse = AccessTokenResponse | TwoFactorChallenge;
