import type { INestApplication } from '@nestjs/common';
import cookieParser from 'cookie-parser';
import type { Logger } from 'pino';
import { httpLogger } from '../logging/http-logger.js';
import { setUpOpenApi } from './openapi.js';

/** Everything around the controllers: logs, cookies, the OpenAPI document. Shared by main.ts and tests. */
export function configureApp(app: INestApplication, logger: Logger): void {
  app.use(httpLogger(logger));
  app.use(cookieParser());
  app.getHttpAdapter().getInstance().disable('x-powered-by');
  setUpOpenApi(app);
}
