import { Module } from '@nestjs/common';
import { AuditService } from './audit.service';
import { IpPlaceResolver } from './ip-place';
import { SignInHistoryController } from './sign-in-history.controller';

/**
 * The audit trail ({@link AuditService}) for every feature, and the user's own sign-in history
 * at `GET /api/me/sign-ins`. The API imports it; a worker that records events may import it too
 * (controllers are inert without HTTP).
 */
@Module({
  controllers: [SignInHistoryController],
  providers: [AuditService, IpPlaceResolver],
  exports: [AuditService],
})
export class AuditModule {}
