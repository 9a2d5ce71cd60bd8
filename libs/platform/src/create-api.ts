import { NestExpressApplication } from '@nestjs/platform-express';
import { NestFactory } from '@nestjs/core';
import cookieParser from 'cookie-parser';
import type { Server } from 'node:http';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { TokenService } from '@app/accounts';
import { AppConfig } from '@app/config';
import { Clock, PinoNestLogger } from '@app/common';
import { ApiModule } from './api.module';
import { graphqlRateLimit } from './http/graphql-rate-limit';
import { securityHeaders } from './http/security-headers';
import { webApp } from './http/web-app';
import { Infrastructure } from './infrastructure';

/** Builds the api on an open, migrated DataSource; the caller listens and closes. */
export async function createApi(
  config: AppConfig,
  logger: Logger,
  infrastructure: Pick<Infrastructure, 'meiliHost' | 'meiliApiKey' | 'jwtSecret' | 'personRefSecret' | 'contactKey'>,
  dataSource: DataSource,
  options: { runRelay?: boolean; clock?: Clock } = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    ApiModule.forRoot({ config, logger, infrastructure, dataSource, runRelay: options.runRelay, clock: options.clock }),
    {
      logger: new PinoNestLogger(logger.child({ component: 'nest' })),
      bodyParser: false,
      abortOnError: false,
    },
  );
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(securityHeaders({ tileOrigins: [new URL(config.mapTileUrl.replace(/[{}]/g, '')).origin] }));
  app.use(cookieParser());
  app.use('/graphql', graphqlRateLimit(config.graphqlRateLimitPerMinute, app.get(TokenService)));
  app.useBodyParser('json', { limit: config.bodyLimit });
  for (const handler of webApp(config.webDir, logger)) app.use(handler);
  // No app.enableShutdownHooks(): the process entry points own the signals, so that they close the
  // app first and stop PostgreSQL and Meilisearch after it (two handlers closing at once hung).
  await app.init();
  const server = app.getHttpServer();
  // A request must arrive within the timeout (a slow sender cannot hold a socket for minutes); idle
  // keep-alive connections outlive a typical load balancer's 60 s so it never reuses a closed one.
  server.requestTimeout = config.requestTimeoutMs;
  server.headersTimeout = Math.min(15_000, config.requestTimeoutMs);
  server.keepAliveTimeout = 65_000;
  // Node checks those timeouts on this interval (30 s by default), read when the server starts listening.
  (server as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval = Math.min(1000, config.requestTimeoutMs / 2);
  return app;
}
