import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { ClinicHealthModule } from '../clinic-health/clinic-health.module';
import { HealthController } from './health.controller';

@Module({
  imports: [TerminusModule.forRoot({ logger: false }), ClinicHealthModule],
  controllers: [HealthController],
})
export class HealthModule {}
