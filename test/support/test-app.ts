import { randomBytes } from 'node:crypto';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
// The platform first: it loads every feature in dependency order (entities, then GraphQL types).
import { createApi, openAppDatabase } from '@app/platform';
import { loadConfig } from '@app/config';
import { Clock, createLogger } from '@app/common';
import { DEMO_PASSWORD, seedDemoData } from '@app/demo';
import { OutboxRelay } from '@app/search';

export interface TestApp {
  app: NestExpressApplication;
  dataSource: DataSource;
  databaseUrl: string;
  index: string;
  /** POST /graphql; returns the parsed body and HTTP status. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<T>>;
  login(email: string, password?: string): Promise<string>;
  /** Every log line the api wrote (when started with captureLogs). */
  logs: string[];
  /** Waits until every outbox row has reached Meilisearch. */
  flushSearch(): Promise<void>;
  close(): Promise<void>;
}

export interface GqlResponse<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; fields?: string[]; problems?: { field: string; message: string }[] } }[];
}

/** A fresh database (cloned from the migrated template) and index for one test file. */
export async function createTestDatabase(): Promise<{ url: string; name: string }> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  const server = process.env.TEST_PG_SERVER_URL!;
  const client = new Client({ connectionString: server });
  await client.connect();
  await client.query(`CREATE DATABASE ${name} TEMPLATE test_template`);
  await client.end();
  return { url: server.replace(/\/[^/]+$/, `/${name}`), name };
}

export interface TestAppOptions {
  demo?: boolean;
  env?: Record<string, string>;
  meiliHost?: string;
  meiliApiKey?: string;
  runRelay?: boolean;
  /** A second api replica: same database and index as this app. */
  reuseDatabaseOf?: TestApp;
  /** Keep every log line (at debug level) in `logs`, to check what the api writes down. */
  captureLogs?: boolean;
  /** Time as the app sees it (a TestClock the test moves); the system clock otherwise. */
  clock?: Clock;
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const url = options.reuseDatabaseOf?.databaseUrl ?? (await createTestDatabase()).url;
  const index = options.reuseDatabaseOf?.index ?? `test_${randomBytes(6).toString('hex')}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: url,
    MEILI_HOST: options.meiliHost ?? process.env.TEST_MEILI_HOST,
    MEILI_API_KEY: options.meiliApiKey ?? process.env.TEST_MEILI_API_KEY,
    MEILI_INDEX: index,
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-0123456789',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    OUTBOX_RELAY_INTERVAL_MS: '50',
    // Tests send far more requests from one address than a person would; the rate-limit tests lower it.
    GRAPHQL_RATE_LIMIT_PER_MINUTE: '1000000',
    DATA_DIR: process.env.TEST_DATA_DIR,
    ...options.env,
  });
  const logs: string[] = [];
  const logger = options.captureLogs ? createLogger('debug', 'api', { write: (line: string) => void logs.push(line) }) : createLogger(config.logLevel);
  const dataSource = await openAppDatabase(url, 10);
  const app = await createApi(
    config,
    logger,
    {
      meiliHost: config.meiliHost!,
      meiliApiKey: config.meiliApiKey!,
      jwtSecret: config.jwtSecret!,
      personRefSecret: 'test-person-reference-secret-0123456789abcdef',
      contactKey: config.contactKey ?? '5f'.repeat(32),
    },
    dataSource,
    { runRelay: options.runRelay ?? true, clock: options.clock },
  );
  if (options.demo) await seedDemoData(app, logger);
  const server = app.getHttpServer();

  const gql = async (query: string, variables?: Record<string, unknown>, token?: string) => {
    const req = request(server).post('/graphql').set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    const res = await req.send({ query, variables });
    return { status: res.status, data: res.body?.data, errors: res.body?.errors };
  };
  return {
    app,
    dataSource,
    databaseUrl: url,
    index,
    logs,
    gql,
    async login(email, password = DEMO_PASSWORD) {
      const res = await gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: email, p: password });
      if (!res.data?.login) throw new Error(`login failed for ${email}: ${JSON.stringify(res.errors)}`);
      return res.data.login.token;
    },
    async flushSearch() {
      await app.get(OutboxRelay).drain();
    },
    async close() {
      await app.close();
      await dataSource.destroy();
    },
  };
}
