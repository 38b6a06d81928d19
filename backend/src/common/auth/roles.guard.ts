import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError } from '../errors/domain-error';
import type { AuthenticatedAccount } from './authenticated-account';
import type { Role } from './role';
import { ROLES_KEY } from './roles.decorator';

/** Refuses (403) a signed-in caller whose role a route's `@Roles(...)` does not list. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!roles?.length) return true;
    const account = context.switchToHttp().getRequest<{ user?: AuthenticatedAccount }>().user;
    if (account && roles.includes(account.role)) return true;
    throw new ForbiddenError('You do not have access to this page.');
  }
}
