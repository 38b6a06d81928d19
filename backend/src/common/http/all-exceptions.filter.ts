import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError, DomainErrorKind, FieldValidationError, RateLimitedError } from '../errors/domain-error';

const STATUS_OF: Record<DomainErrorKind, number> = {
  validation: HttpStatus.BAD_REQUEST,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  'not-found': HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  rule: HttpStatus.UNPROCESSABLE_ENTITY,
  'rate-limited': HttpStatus.TOO_MANY_REQUESTS,
  unavailable: HttpStatus.SERVICE_UNAVAILABLE,
};

/** The error body of every API response: DESIGN §5, plus the request's correlation id. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string | string[];
  /** Field messages for validation errors: `{ field: ['message', …] }`. */
  fields?: Record<string, string[]>;
  /** 429: seconds until the client may try again (also sent as `Retry-After`). */
  retryAfterSeconds?: number;
  correlationId?: string;
}

/**
 * The one exception filter: maps domain errors and Nest's HTTP exceptions to {@link ErrorBody},
 * hides internals of unexpected errors (logged with the correlation id instead).
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<Response>();
    const req = ctx.getRequest<Request & { id?: string }>();
    if (res.headersSent) return;
    const correlationId = req.id ? String(req.id) : undefined;
    if (exception instanceof HttpException && isReport(exception.getResponse())) {
      // A report such as the readiness check's: its body is the answer.
      res.status(exception.getStatus()).json(exception.getResponse());
      return;
    }
    const body: ErrorBody = { ...this.toBody(exception), correlationId };
    if (exception instanceof RateLimitedError) res.setHeader('Retry-After', String(body.retryAfterSeconds));
    // The rate limiter's own 429 carries the wait only in its header; clients read one shape.
    const retryAfter = Number(res.getHeader?.('Retry-After'));
    if (
      body.statusCode === HttpStatus.TOO_MANY_REQUESTS &&
      body.retryAfterSeconds === undefined &&
      retryAfter > 0
    ) {
      body.retryAfterSeconds = retryAfter;
    }
    if (!(exception instanceof DomainError) && !(exception instanceof HttpException)) {
      this.logger.error({ err: exception, correlationId }, 'Unhandled error');
    }
    res.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof DomainError) {
      const statusCode = STATUS_OF[exception.kind];
      return {
        statusCode,
        error: reason(statusCode),
        message:
          exception instanceof FieldValidationError
            ? Object.values(exception.fields).flat()
            : exception.message,
        ...(exception instanceof FieldValidationError ? { fields: exception.fields } : {}),
        ...(exception instanceof RateLimitedError ? { retryAfterSeconds: exception.retryAfterSeconds } : {}),
      };
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const response = exception.getResponse();
      const payload = typeof response === 'string' ? { message: response } : (response as Partial<ErrorBody>);
      return {
        statusCode,
        error: reason(statusCode),
        message: payload.message ?? exception.message,
        ...(payload.fields ? { fields: payload.fields } : {}),
      };
    }
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      error: reason(HttpStatus.INTERNAL_SERVER_ERROR),
      message: 'Something went wrong on our side. Please try again later.',
    };
  }
}

/** An exception body that is a structured report (no `message`), e.g. Terminus's health result. */
function isReport(response: string | object): boolean {
  return typeof response === 'object' && !('message' in response) && 'status' in response;
}

function reason(status: number): string {
  const name = HttpStatus[status];
  return name
    ? name
        .split('_')
        .map((w) => w[0] + w.slice(1).toLowerCase())
        .join(' ')
    : 'Error';
}
