import { NestExpressApplication } from '@nestjs/platform-express';
import { NestFactory } from '@nestjs/core';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { PinoNestLogger } from '@app/common';
import { ApiModule } from './api.module';
import { Infrastructure } from './infrastructure';

/** Builds the api on an open, migrated DataSource; the caller listens and closes. */
export async function createApi(
  config: AppConfig,
  logger: Logger,
  infrastructure: Pick<Infrastructure, 'meiliHost' | 'meiliApiKey' | 'jwtSecret' | 'personRefSecret'>,
  dataSource: DataSource,
  options: { runRelay?: boolean } = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    ApiModule.forRoot({ config, logger, infrastructure, dataSource, runRelay: options.runRelay }),
    { logger: new PinoNestLogger(logger.child({ component: 'nest' })), bodyParser: false, abortOnError: false },
  );
  app.useBodyParser('json', { limit: config.bodyLimit });
  app.disable('x-powered-by');
  // No app.enableShutdownHooks(): the process entry points own the signals, so that they close the
  // app first and stop PostgreSQL and Meilisearch after it (two handlers closing at once hung).
  await app.init();
  return app;
}
