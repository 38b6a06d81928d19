import { ApiError, generalErrorText } from '../../core/http/api-error';

/**
 * The sentence for a refused one-time code: rate limits and outages get the shared texts;
 * any other client error means the code is wrong, expired or used up — in the server's words
 * when it gave them (e.g. "the sign-in has expired").
 */
export function codeErrorText(error: ApiError): string {
  if (error.status === 429 || error.status === 0 || error.status >= 500) {
    return generalErrorText(error, '');
  }
  return (
    error.message ??
    $localize`:@@accounts.code.wrong:Код неверный или уже недействителен. Проверьте код из последнего письма или запросите новый.`
  );
}
