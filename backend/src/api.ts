import { NestFactory } from '@nestjs/core';
import cookieParser from 'cookie-parser';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { ApiModule } from './api.module';
import type { AppConfig } from './config/app-config';
import { AllExceptionsFilter } from './common/http/all-exceptions.filter';
import { createValidationPipe } from './common/http/validation.pipe';
import { clientApp } from './infra/http/client-app';
import { setupOpenApi } from './infra/http/openapi';
import { securityHeaders } from './infra/http/security-headers';

/** Builds the API application (used by `main.ts` and by the API tests). */
export async function createApiApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.register(config), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.TRUST_PROXY);
  app.disable('x-powered-by');
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  app.use(...securityHeaders(config));
  // The refresh token travels in an httpOnly cookie (Path=/api/auth).
  app.use(cookieParser());
  setupOpenApi(app);
  app.use(clientApp(config.CLIENT_DIR));
  app.enableShutdownHooks();
  return app;
}
