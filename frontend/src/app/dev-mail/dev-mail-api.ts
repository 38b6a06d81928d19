import { HttpClient, HttpContext, HttpParams } from '@angular/common/http';
import { inject, Service } from '@angular/core';
import { Observable } from 'rxjs';
import { OutboxMail } from '../core/auth/api-types';
import { HANDLES_OWN_ERRORS } from '../core/http/http-error.interceptor';

/** The development mail outbox, `GET /api/dev/mail` (404 in production). */
@Service()
export class DevMailApi {
  private readonly http = inject(HttpClient);

  list(to: string): Observable<OutboxMail[]> {
    const params = to ? new HttpParams().set('to', to) : undefined;
    return this.http.get<OutboxMail[]>('/api/dev/mail', {
      params,
      context: new HttpContext().set(HANDLES_OWN_ERRORS, true),
    });
  }
}
