import { Test } from '@nestjs/testing';
import { loadConfig } from '../../config/app-config';
import { ConfigModule } from '../../config/config.module';
import { ClinicGateway } from './clinic-gateway';
import { ClinicModule } from './clinic.module';
import { FhirClinicGateway } from './fhir-clinic-gateway';

describe('ClinicModule', () => {
  it('provides the FHIR adapter under the ClinicGateway token, built from AppConfig', async () => {
    const config = loadConfig({ CLINIC_FHIR_URL: 'http://127.0.0.1:8090/fhir/R4' });
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(config), ClinicModule],
    }).compile();
    const gateway = moduleRef.get(ClinicGateway);
    expect(gateway).toBeInstanceOf(FhirClinicGateway);
    expect(moduleRef.get(ClinicGateway)).toBe(gateway); // one per process: one token cache, one connection pool
    await moduleRef.close();
  });
});
