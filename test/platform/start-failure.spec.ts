import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const MAIN = path.resolve(__dirname, '../../dist/apps/api/src/main.js');

describe('an api that cannot start', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'start-failure-test-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('says why, exits, and stops the PostgreSQL it started beside the Meilisearch that failed', async () => {
    if (!fs.existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npm run build first (npm test does)`);
    fs.writeFileSync(path.join(dataDir, 'meilisearch'), 'a file where the Meilisearch folder should be');

    const child = spawn(process.execPath, [MAIN], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: dataDir, PORT: '0', DEMO_DATA: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));

    expect(code).toBe(1);
    expect(output).toContain('The api could not start');
    expect(output).toContain(path.join(dataDir, 'meilisearch'));
    // PostgreSQL did start (its cluster is there) and was stopped again: nothing is left running.
    expect(fs.existsSync(path.join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);
    expect(fs.existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  });
});
