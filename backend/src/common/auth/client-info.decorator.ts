import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

/** Where a request came from, for sessions, audit events and mail correlation. */
export interface ClientInfo {
  /** The client address (`X-Forwarded-For` only through proxies `TRUST_PROXY` names). */
  ip: string | null;
  userAgent: string | null;
  correlationId?: string;
}

/** The {@link ClientInfo} of the current request. */
export const Client = createParamDecorator((_data: unknown, ctx: ExecutionContext): ClientInfo => {
  const req = ctx.switchToHttp().getRequest<Request & { id?: string | number }>();
  return {
    ip: req.ip ?? null,
    userAgent: req.get('user-agent')?.slice(0, 500) ?? null,
    correlationId: req.id === undefined ? undefined : String(req.id),
  };
});
