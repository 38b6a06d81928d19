import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClinicModule } from '../infra/clinic/clinic.module';
import { ClinicHealthCheck } from './clinic-health-check.entity';
import { ClinicHealthCheckHandler } from './clinic-health-check.handler';
import { ClinicHealthService } from './clinic-health.service';

@Module({
  imports: [TypeOrmModule.forFeature([ClinicHealthCheck]), ClinicModule],
  providers: [ClinicHealthService, ClinicHealthCheckHandler],
  exports: [ClinicHealthService],
})
export class ClinicHealthModule {}
