import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import pino from 'pino';
import { Client } from 'pg';
import { register } from 'tsconfig-paths';

// globalSetup runs outside Jest's module mapper, so teach require the @app/* paths here.
register({ baseUrl: path.resolve(__dirname, '../..'), paths: { '@app/*': ['libs/*/src'] } });
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the path mapping above is registered
const { openDatabase, startEmbeddedPostgres } = require('@app/database') as typeof import('@app/database');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the path mapping above is registered
const { MeiliProcess } = require('../../libs/search/src/meili/meili-process') as typeof import('../../libs/search/src/meili/meili-process');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the path mapping above is registered
const { importEsm } = require('@app/common') as typeof import('@app/common');

/**
 * One real PostgreSQL and one real Meilisearch for the whole run. The migrations are applied once
 * to a template database; each test file clones it (CREATE DATABASE … TEMPLATE) and uses its own
 * Meilisearch index, so files run in parallel without touching each other.
 */
export default async function globalSetup(): Promise<void> {
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'warn' });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'directory-test-'));
  const pg = await startEmbeddedPostgres(dataDir, logger);
  const serverUrl = pg.url.replace(/\/[^/]+$/, '/postgres');
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  await client.query('CREATE DATABASE test_template');
  await client.end();
  const templateUrl = pg.url.replace(/\/[^/]+$/, '/test_template');
  // Only the migrations run here: loading the app's entities (and with them Nest's GraphQL type
  // registry) in this process would leave a second copy of that registry for tests run in band.
  const dataSource = await openDatabase(templateUrl, [], 2);
  await dataSource.destroy();

  const meili = await MeiliProcess.start(dataDir, logger);
  // Chromium ships inside the @sparticuz/chromium npm package (ESM, so loaded here, outside Jest's
  // module system); the browser tests launch it with playwright-core.
  const { default: chromium } = await importEsm<{ default: { executablePath(): Promise<string>; args: string[] } }>('@sparticuz/chromium');
  process.env.TEST_CHROMIUM_PATH = await chromium.executablePath();
  // Its flags suit AWS Lambda; in one process, closing a browser context takes the browser with it.
  process.env.TEST_CHROMIUM_ARGS = JSON.stringify(chromium.args.filter((arg) => !['--single-process', '--no-zygote', "--headless='shell'"].includes(arg)));
  process.env.TEST_PG_SERVER_URL = serverUrl;
  process.env.TEST_MEILI_HOST = meili.host;
  process.env.TEST_MEILI_API_KEY = meili.apiKey;
  process.env.TEST_DATA_DIR = dataDir;
  (globalThis as Record<string, unknown>).__TEST_STOP__ = async () => {
    await meili.stop();
    await pg.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
