import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../common/auth/auth.module';
import { MailModule } from '../mail/mail.module';
import { AccountStore } from './account-store';
import { AdminAccountsController } from './admin/admin-accounts.controller';
import { AdminAccountsService } from './admin/admin-accounts.service';
import { OneTimeCodeService } from './codes/one-time-code.service';
import { SendLimiter } from './codes/send-limiter';
import { CodeHasher } from './crypto/code-hasher';
import { SecretBox } from './crypto/secret-box';
import { SecretKeys } from './crypto/secret-keys';
import { AuthController } from './login/auth.controller';
import { ChallengeTokens } from './login/challenge-tokens';
import { LoginLockout } from './login/login-lockout.service';
import { LoginService } from './login/login.service';
import { TwoFactorLoginService } from './login/two-factor-login.service';
import { EmailChangeService } from './me/email-change.service';
import { MeController } from './me/me.controller';
import { MeService } from './me/me.service';
import { PasswordChangeService } from './password/password-change.service';
import { PasswordResetController } from './password/password-reset.controller';
import { PasswordResetService } from './password/password-reset.service';
import { PasswordConfirmation } from './passwords/password-confirmation';
import { PasswordHasher } from './passwords/password-hasher';
import { RecoveryCodes } from './recovery/recovery-codes';
import { RegistrationController } from './registration/registration.controller';
import { RegistrationService } from './registration/registration.service';
import { SelfProfileFactory } from './registration/self-profile.factory';
import { SessionService } from './sessions/session.service';
import { SessionsController } from './sessions/sessions.controller';
import { SessionsModule } from './sessions/sessions.module';
import { TwoFactorSettingsService } from './two-factor/two-factor-settings.service';
import { TwoFactorController } from './two-factor/two-factor.controller';

/**
 * Accounts: registration with an emailed code, sign-in (with optional two-step), sessions,
 * password and email changes, and the global authentication of every API route.
 */
@Module({
  imports: [
    SessionsModule,
    AuthModule.register({ imports: [SessionsModule], sessionChecker: SessionService }),
    MailModule,
    AuditModule,
  ],
  controllers: [
    RegistrationController,
    AuthController,
    PasswordResetController,
    MeController,
    SessionsController,
    TwoFactorController,
    AdminAccountsController,
  ],
  providers: [
    AccountStore,
    SecretKeys,
    CodeHasher,
    SecretBox,
    PasswordHasher,
    PasswordConfirmation,
    OneTimeCodeService,
    SendLimiter,
    RecoveryCodes,
    SelfProfileFactory,
    RegistrationService,
    LoginLockout,
    ChallengeTokens,
    LoginService,
    TwoFactorLoginService,
    PasswordResetService,
    PasswordChangeService,
    EmailChangeService,
    MeService,
    TwoFactorSettingsService,
    AdminAccountsService,
  ],
})
export class AccountsModule {}
