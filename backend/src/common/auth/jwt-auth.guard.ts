import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { UnauthenticatedError } from '../errors/domain-error';
import { IS_PUBLIC } from './public.decorator';

/**
 * The global guard: every route needs a valid access token unless marked `@Public()`, so a
 * new endpoint is protected by default.
 */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  canActivate(context: ExecutionContext) {
    const open = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    return open ? true : super.canActivate(context);
  }

  handleRequest<T>(error: unknown, account: T | false): T {
    if (error || !account) throw new UnauthenticatedError('Sign in to continue.');
    return account;
  }
}
