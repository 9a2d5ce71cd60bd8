import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import pino from 'pino';
import { loadConfig } from '@app/config';
import { createApi, startInfrastructure, openAppDatabase } from '@app/platform';

/**
 * The product in-process on a throwaway DATA_DIR, with its own embedded PostgreSQL and Meilisearch
 * (never the developer's), no demo data and no relay: what every benchmark starts from.
 */
export async function startBenchStack(name: string, env: Record<string, string> = {}, poolSize?: number) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  const config = loadConfig({
    ...process.env,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    DEMO_DATA: 'false',
    MEILI_HOST: '',
    MEILI_API_KEY: '',
    DATABASE_URL: '',
    ...env,
  });
  const logger = pino({ level: 'warn' });
  const infrastructure = await startInfrastructure(config, logger);
  const dataSource = await openAppDatabase(infrastructure.databaseUrl, poolSize);
  const app = await createApi(config, logger, infrastructure, dataSource, { runRelay: false });
  return {
    dataDir,
    config,
    infrastructure,
    dataSource,
    app,
    async stop() {
      await app.close();
      await dataSource.destroy();
      await infrastructure.stop();
      // BENCH_KEEP_DATA=1 keeps the loaded directory to study afterwards (a 1 M load takes minutes).
      if (process.env.BENCH_KEEP_DATA) console.log(`data kept in ${dataDir}`);
      else fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs a benchmark's main and exits 0, or prints the error and exits 1. */
export function runBench(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
