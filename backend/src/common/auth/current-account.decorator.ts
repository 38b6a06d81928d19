import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { AuthenticatedAccount } from './authenticated-account';

/** The signed-in caller of a protected route. */
export const CurrentAccount = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): AuthenticatedAccount =>
    ctx.switchToHttp().getRequest<{ user: AuthenticatedAccount }>().user,
);
