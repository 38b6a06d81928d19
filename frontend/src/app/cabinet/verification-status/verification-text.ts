import { MeProfile } from '../../core/auth/api-types';

/** What to say under the user's name about their verification as the clinic's patient. */
export interface VerificationText {
  /** The short status: "Верифицирован", "Не верифицирован", "Проверяем…". */
  status: string;
  /** One or two sentences: what it means and what to do. */
  explanation: string;
  /** The reason automatic verification failed, as the server wrote it. */
  reason: string | null;
  tone: 'ok' | 'neutral' | 'waiting' | 'problem';
}

type Verification = Pick<MeProfile, 'verificationStatus' | 'verificationMethod' | 'failureReason'>;

export function verificationText(profile: Verification): VerificationText {
  switch (profile.verificationStatus) {
    case 'verified':
      return {
        status: $localize`:@@accounts.verification.verified:Верифицирован`,
        explanation:
          profile.verificationMethod === 'code'
            ? $localize`:@@accounts.verification.verifiedByCode:Подтверждено кодом, полученным в клинике.`
            : $localize`:@@accounts.verification.verifiedAuto:Клиника нашла вас среди своих пациентов.`,
        reason: null,
        tone: 'ok',
      };
    case 'pending':
      return {
        status: $localize`:@@accounts.verification.pending:Проверяем…`,
        explanation: $localize`:@@accounts.verification.pendingText:Сверяем ваши данные с данными клиники. Обычно это занимает несколько минут.`,
        reason: null,
        tone: 'waiting',
      };
    case 'failed':
      return {
        status: $localize`:@@accounts.verification.unverified:Не верифицирован`,
        explanation: $localize`:@@accounts.verification.failedText:Автоматически подтвердить, что вы пациент клиники, не получилось. Верифицироваться можно кодом, полученным в регистратуре клиники.`,
        reason: profile.failureReason,
        tone: 'problem',
      };
    default:
      return {
        status: $localize`:@@accounts.verification.unverified:Не верифицирован`,
        explanation: $localize`:@@accounts.verification.unverifiedText:Верификация проходит по данным клиники — портал сверит ваши ФИО, дату рождения и документы с картой пациента — или по коду, полученному в регистратуре клиники.`,
        reason: null,
        tone: 'neutral',
      };
  }
}
