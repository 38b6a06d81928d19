import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DevMail } from '../mail/dev-mail.entity';
import { DevOutbox } from '../mail/dev-outbox';
import { DevMailController } from './dev-mail.controller';

/** Development tools under `/api/dev`. The API imports this module only outside production. */
@Module({
  imports: [TypeOrmModule.forFeature([DevMail])],
  controllers: [DevMailController],
  providers: [DevOutbox],
})
export class DevModule {}
