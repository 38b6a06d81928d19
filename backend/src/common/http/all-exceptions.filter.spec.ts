import { ArgumentsHost, BadRequestException, Logger, ServiceUnavailableException } from '@nestjs/common';
import {
  ConflictError,
  FieldValidationError,
  NotFoundError,
  RateLimitedError,
  RuleError,
  UnauthenticatedError,
} from '../errors/domain-error';
import { AllExceptionsFilter } from './all-exceptions.filter';

function respond(exception: unknown) {
  const res = {
    statusCode: 0,
    body: undefined as unknown,
    headersSent: false,
    headers: {} as Record<string, string>,
  };
  const response = {
    headersSent: false,
    setHeader(name: string, value: string) {
      res.headers[name] = value;
    },
    getHeader(name: string) {
      return res.headers[name];
    },
    status(code: number) {
      res.statusCode = code;
      return this;
    },
    json(body: unknown) {
      res.body = body;
    },
  };
  const host = {
    switchToHttp: () => ({ getResponse: () => response, getRequest: () => ({ id: 'cid-1' }) }),
  } as unknown as ArgumentsHost;
  new AllExceptionsFilter().catch(exception, host);
  return res;
}

describe('AllExceptionsFilter', () => {
  beforeEach(() => jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it.each([
    [new NotFoundError('No such profile'), 404, 'Not Found'],
    [new ConflictError('The slot is taken'), 409, 'Conflict'],
    [new RuleError('The profile is not verified'), 422, 'Unprocessable Entity'],
    [new UnauthenticatedError('Wrong email or password'), 401, 'Unauthorized'],
  ])('maps %p to %i', (error, status, name) => {
    expect(respond(error)).toMatchObject({
      statusCode: status,
      body: { statusCode: status, error: name, message: (error as Error).message, correlationId: 'cid-1' },
    });
  });

  it('keeps field messages of validation errors', () => {
    const fields = { email: ['email must be an email'] };
    expect(respond(new BadRequestException({ message: ['email must be an email'], fields })).body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: ['email must be an email'],
      fields,
      correlationId: 'cid-1',
    });
  });

  it('gives field errors of domain rules the validation pipe’s shape', () => {
    const fields = { code: ['The code is wrong or has expired.'] };
    expect(respond(new FieldValidationError(fields)).body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: ['The code is wrong or has expired.'],
      fields,
      correlationId: 'cid-1',
    });
  });

  it('tells a rate-limited client when to come back, in the body and in Retry-After', () => {
    const { statusCode, body, headers } = respond(new RateLimitedError('Wait a little', 42));
    expect(statusCode).toBe(429);
    expect(body).toMatchObject({ statusCode: 429, error: 'Too Many Requests', retryAfterSeconds: 42 });
    expect(headers['Retry-After']).toBe('42');
  });

  it('hides the details of unexpected errors', () => {
    const { statusCode, body } = respond(new TypeError('secret internals'));
    expect(statusCode).toBe(500);
    expect(JSON.stringify(body)).not.toContain('secret internals');
  });

  it('passes structured reports through', () => {
    const report = { status: 'error', info: {}, error: { clinic: { status: 'down' } }, details: {} };
    expect(respond(new ServiceUnavailableException(report))).toEqual({
      statusCode: 503,
      body: report,
      headersSent: false,
      headers: {},
    });
  });
});
