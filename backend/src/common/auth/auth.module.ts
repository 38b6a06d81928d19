import { DynamicModule, Module, Type } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { JwtAuthGuard } from './jwt-auth.guard';
import { JwtStrategy } from './jwt.strategy';
import { RolesGuard } from './roles.guard';
import { SessionChecker } from './session-checker';

/**
 * Authentication for the whole API: the access-token strategy and two global guards, in
 * order — who you are (`JwtAuthGuard`, opt out with `@Public()`), then what you may do
 * (`RolesGuard`, `@Roles(...)`). The feature that owns sessions provides the {@link SessionChecker}.
 */
@Module({})
export class AuthModule {
  static register(options: {
    imports: DynamicModule['imports'];
    sessionChecker: Type<SessionChecker>;
  }): DynamicModule {
    return {
      module: AuthModule,
      imports: [PassportModule, ...(options.imports ?? [])],
      providers: [
        JwtStrategy,
        { provide: SessionChecker, useExisting: options.sessionChecker },
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_GUARD, useClass: RolesGuard },
      ],
    };
  }
}
