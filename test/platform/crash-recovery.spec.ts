import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { freePort, isProcessAlive, sleep } from '@app/common';
import { until } from '../support/until';

const MAIN = path.resolve(__dirname, '../../dist/apps/api/src/main.js');

interface Api {
  child: ChildProcess;
  port: number;
  output: string[];
}

/** The api as a user runs it (`npm start` → node dist/…/main.js), on its embedded default in `dataDir`. */
async function startApi(dataDir: string): Promise<Api> {
  if (!fs.existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npm run build first (npm test does)`);
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: dataDir, PORT: String(port), DEMO_DATA: 'false', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const api = { child, port, output };
  await until(async () => (await health(api))?.status === 'ok', 90_000, timedOut(output), 200);
  return api;
}

async function health(api: Api): Promise<{ status: string; dependencies: Record<string, { status: string }> } | undefined> {
  try {
    const res = await fetch(`http://127.0.0.1:${api.port}/health`);
    return (await res.json()) as never;
  } catch {
    return undefined;
  }
}

const timedOut = (output: string[]) => () => `timed out\n${output.join('')}`;

const exited = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
const meiliPid = (dataDir: string) => (JSON.parse(fs.readFileSync(path.join(dataDir, 'meilisearch', 'runtime.json'), 'utf8')) as { pid: number }).pid;
const postmasterPid = (dataDir: string) => Number(fs.readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);

// Longer than the waits inside each test (up to 90 s per start), so that a start too slow on a busy
// machine fails with the api's own output rather than Jest's bare timeout.
const TWO_STARTS_MS = 240_000;

describe('recovering from a crash of the api', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crash-test-'));
  const running: ChildProcess[] = [];
  afterAll(async () => {
    for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
    for (const pid of [() => meiliPid(dataDir), () => postmasterPid(dataDir)]) {
      try {
        process.kill(pid(), 'SIGKILL');
      } catch {
        // already gone
      }
    }
    await sleep(500);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    'adopts the servers a killed api left behind, and supervises them again',
    async () => {
      const first = await startApi(dataDir);
      running.push(first.child);
      const orphanedMeili = meiliPid(dataDir);
      expect(fs.readFileSync(`/proc/${orphanedMeili}/cmdline`, 'utf8')).not.toContain(
        fs.readFileSync(path.join(dataDir, 'meilisearch-master-key'), 'utf8').trim(),
      );
      first.child.kill('SIGKILL'); // a crash: no shutdown runs
      await exited(first.child);
      expect(isProcessAlive(orphanedMeili)).toBe(true); // left behind

      const second = await startApi(dataDir);
      running.push(second.child);
      const log = second.output.join('');
      expect(log).toMatch(/stopping the embedded PostgreSQL left running by a process that died/);
      expect(log).toMatch(/stopping the embedded Meilisearch left running by a process that died/);
      expect(isProcessAlive(orphanedMeili)).toBe(false);

      // Supervised again: a Meilisearch crash is repaired without anyone's help.
      const meili = meiliPid(dataDir);
      process.kill(meili, 'SIGKILL');
      await until(
        async () => meiliPid(dataDir) !== meili && (await health(second))?.dependencies.meilisearch.status === 'up',
        30_000,
        timedOut(second.output),
        200,
      );

      second.child.kill('SIGTERM');
      await exited(second.child);
      expect(second.child.exitCode).toBe(0);
    },
    TWO_STARTS_MS,
  );

  it(
    'starts despite a stale postmaster.pid whose pid now belongs to another process',
    async () => {
      const stranger = spawn('sleep', ['120']);
      running.push(stranger);
      const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
      const lines = fs.existsSync(pidFile) ? fs.readFileSync(pidFile, 'utf8').split('\n') : [];
      const stale = [String(stranger.pid), path.join(dataDir, 'postgres'), '1700000000', '54321', '', '127.0.0.1', '0 0', 'ready', ''];
      fs.writeFileSync(pidFile, (lines.length > 3 ? [String(stranger.pid), ...lines.slice(1)] : stale).join('\n'));
      const api = await startApi(dataDir);
      running.push(api.child);
      expect(api.output.join('')).toMatch(/removing a stale postmaster.pid/);
      expect(isProcessAlive(stranger.pid!)).toBe(true); // left alone
      api.child.kill('SIGTERM');
      await exited(api.child);
      stranger.kill();
    },
    TWO_STARTS_MS,
  );
});
