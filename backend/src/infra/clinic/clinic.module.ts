import { Module } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { ClinicGateway } from './clinic-gateway';
import { FhirClinicGateway } from './fhir-clinic-gateway';

/**
 * Provides the {@link ClinicGateway} (the FHIR R4 adapter). Inject `ClinicGateway`, never the
 * adapter. A factory rather than `useClass`: the adapter carries no decorators, so tools run by
 * `tsx` (which does not emit decorator metadata) can construct it directly.
 */
@Module({
  providers: [
    {
      provide: ClinicGateway,
      useFactory: (config: AppConfig) => new FhirClinicGateway(config),
      inject: [AppConfig],
    },
  ],
  exports: [ClinicGateway],
})
export class ClinicModule {}
