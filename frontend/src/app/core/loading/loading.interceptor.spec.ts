import { HttpClient, HttpContext, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { BACKGROUND_REQUEST, loadingInterceptor } from './loading.interceptor';
import { LoadingState } from './loading-state';

describe('loadingInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let loading: LoadingState;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([loadingInterceptor])), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    loading = TestBed.inject(LoadingState);
  });

  afterEach(() => backend.verify());

  it('counts requests in flight until each succeeds or fails', () => {
    http.get('/api/a').subscribe();
    http.get('/api/b').subscribe({ error: () => undefined });
    expect(loading.requestsInFlight()).toBe(2);
    expect(loading.busy()).toBe(true);

    backend.expectOne('/api/a').flush({ ok: true });
    expect(loading.requestsInFlight()).toBe(1);

    backend.expectOne('/api/b').flush('down', { status: 503, statusText: 'Unavailable' });
    expect(loading.requestsInFlight()).toBe(0);
    expect(loading.busy()).toBe(false);
  });

  it('stops counting a request that is cancelled', () => {
    const subscription = http.get('/api/slow').subscribe();
    expect(loading.requestsInFlight()).toBe(1);
    subscription.unsubscribe();
    expect(backend.expectOne('/api/slow').cancelled).toBe(true);
    expect(loading.requestsInFlight()).toBe(0);
  });

  it('counts nothing before the request is subscribed', () => {
    const request = http.get('/api/lazy');
    expect(loading.requestsInFlight()).toBe(0);
    request.subscribe();
    expect(loading.requestsInFlight()).toBe(1);
    backend.expectOne('/api/lazy').flush({});
    expect(loading.requestsInFlight()).toBe(0);
  });

  it('ignores background requests', () => {
    http.get('/api/poll', { context: new HttpContext().set(BACKGROUND_REQUEST, true) }).subscribe();
    expect(loading.requestsInFlight()).toBe(0);
    backend.expectOne('/api/poll').flush({});
  });
});
