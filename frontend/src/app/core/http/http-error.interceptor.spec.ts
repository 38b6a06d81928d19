import {
  HttpClient,
  HttpContext,
  HttpErrorResponse,
  provideHttpClient,
  withInterceptors,
} from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ErrorSnackbar } from './error-snackbar';
import { HANDLES_OWN_ERRORS, httpErrorInterceptor } from './http-error.interceptor';

describe('httpErrorInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([httpErrorInterceptor])), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    TestBed.inject(MatSnackBar).dismiss();
    backend.verify();
  });

  /** Sends a GET, answers it as given, waits for the snackbar, returns what the caller saw. */
  async function fail(
    answer: (request: ReturnType<HttpTestingController['expectOne']>) => void,
    context?: HttpContext,
  ): Promise<HttpErrorResponse> {
    let seen: unknown;
    http.get('/api/thing', { context }).subscribe({ error: (error: unknown) => (seen = error) });
    answer(backend.expectOne('/api/thing'));
    // The snackbar module is imported lazily: let that promise settle.
    await TestBed.inject(ErrorSnackbar).preload();
    await new Promise((resolve) => setTimeout(resolve));
    if (!(seen instanceof HttpErrorResponse)) throw new Error('the caller saw no HttpErrorResponse');
    return seen;
  }

  function snackbarText(): string | undefined {
    return document.querySelector('mat-snack-bar-container')?.textContent ?? undefined;
  }

  it('shows a snackbar on 503 and still passes the error to the caller', async () => {
    const error = await fail((r) => r.flush('busy', { status: 503, statusText: 'Service Unavailable' }));
    expect(error.status).toBe(503);
    expect(snackbarText()).toContain('Сервис временно недоступен');
    expect(snackbarText()).toContain('Закрыть');
  });

  it('shows a snackbar on other 5xx answers', async () => {
    await fail((r) => r.flush('boom', { status: 500, statusText: 'Internal Server Error' }));
    expect(snackbarText()).toContain('На сервере что-то пошло не так');
  });

  it('shows a snackbar when the server cannot be reached', async () => {
    const error = await fail((r) => r.error(new ProgressEvent('error')));
    expect(error.status).toBe(0);
    expect(snackbarText()).toContain('Нет связи с сервером');
  });

  it('shows a snackbar on 429', async () => {
    await fail((r) => r.flush({}, { status: 429, statusText: 'Too Many Requests' }));
    expect(snackbarText()).toContain('Слишком много запросов');
  });

  it('passes 4xx field errors through to the form, without a snackbar', async () => {
    const body = { statusCode: 400, error: 'Bad Request', message: ['email must be an email'] };
    const error = await fail((r) => r.flush(body, { status: 400, statusText: 'Bad Request' }));
    expect(error.error).toEqual(body);
    expect(snackbarText()).toBeUndefined();
  });

  it('stays quiet for callers that handle their own errors', async () => {
    const context = new HttpContext().set(HANDLES_OWN_ERRORS, true);
    await fail((r) => r.flush('busy', { status: 503, statusText: 'Service Unavailable' }), context);
    expect(snackbarText()).toBeUndefined();
  });
});
