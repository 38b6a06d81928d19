import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AuditModule } from '../../audit/audit.module';
import { AppConfig } from '../../config/app-config';
import { AccessTokens } from './access-tokens';
import { SessionService } from './session.service';

/** Sessions and the tokens that carry them; the global auth guard checks sessions through it. */
@Module({
  imports: [
    AuditModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: config.JWT_SECRET,
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [SessionService, AccessTokens],
  exports: [SessionService, AccessTokens, JwtModule],
})
export class SessionsModule {}
