import { HttpErrorResponse } from '@angular/common/http';

/**
 * A message a person can act on for failures no form can fix: no connection,
 * rate limiting, server trouble. Returns `null` for the other 4xx answers
 * (validation, 401, 403, 404, 409, 422), which the calling screen shows itself,
 * e.g. next to the form field the server named.
 */
export function httpErrorMessage(error: HttpErrorResponse): string | null {
  if (error.status === 0) {
    return $localize`:@@httpError.network:Нет связи с сервером. Проверьте подключение к интернету и попробуйте ещё раз.`;
  }
  if (error.status === 429) {
    return $localize`:@@httpError.tooManyRequests:Слишком много запросов подряд. Подождите минуту и попробуйте снова.`;
  }
  if (error.status === 502 || error.status === 503 || error.status === 504) {
    return $localize`:@@httpError.unavailable:Сервис временно недоступен. Попробуйте ещё раз через несколько минут.`;
  }
  if (error.status >= 500) {
    return $localize`:@@httpError.server:На сервере что-то пошло не так. Попробуйте ещё раз чуть позже.`;
  }
  return null;
}
