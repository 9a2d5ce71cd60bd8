import 'reflect-metadata';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { knownOutcodes, LocationPrecision, Locator } from '@app/geo';
import { runBench, startBenchStack } from './bench-stack';
import { writeOnspdFile } from './gazetteer-file';

/**
 * npm run bench:gazetteer [rows]  — writes an ONSPD-shaped file of N made-up postcodes (default
 * 2 700 000, the size of the real one), loads it with `npm run cli -- postcodes:load` in its own
 * process (time, peak memory, table size), then times locating a postcode with and without it.
 */
const ROWS = Number(process.argv[2] ?? 2_700_000);
const LOOKUPS = 5000;

async function main() {
  const outcodes = knownOutcodes();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gazetteer-')), 'ONSPD_BENCH_UK.csv');
  let started = performance.now();
  await writeOnspdFile(file, ROWS, outcodes);
  console.log(
    `wrote ${ROWS.toLocaleString('en-GB')} rows (${(fs.statSync(file).size / 1048576).toFixed(0)} MiB) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  const stack = await startBenchStack('gazetteer-bench');
  try {
    const locator = stack.app.get(Locator);
    const sample = Array.from({ length: LOOKUPS }, (_, i) => `${outcodes[(i * 7919) % outcodes.length]} ${i % 10}AA`);
    const timeLookups = async () => {
      const times: number[] = [];
      for (const postcode of sample) {
        const t = performance.now();
        await locator.locate(postcode);
        times.push(performance.now() - t);
      }
      return times.sort((a, b) => a - b);
    };
    const before = await timeLookups();

    started = performance.now();
    const output = await runCli(['postcodes:load', file], {
      DATABASE_URL: stack.infrastructure.databaseUrl,
      MEILI_HOST: stack.infrastructure.meiliHost,
      MEILI_API_KEY: stack.infrastructure.meiliApiKey,
      DATA_DIR: stack.dataDir,
    });
    const seconds = (performance.now() - started) / 1000;
    const peak = Number(/peak memory while loading (\d+) MiB/.exec(output)?.[1]);
    const [{ bytes, rows }] = await stack.dataSource.query(
      "SELECT pg_total_relation_size('postcodes') AS bytes, (SELECT count(*) FROM postcodes)::int AS rows",
    );
    const after = await timeLookups();
    const atPostcode = (await Promise.all(sample.slice(0, 200).map((p) => locator.locate(p)))).filter((l) => l.precision === LocationPrecision.POSTCODE).length;

    const p = (times: number[], q: number) => times[Math.min(times.length - 1, Math.floor(times.length * q))];
    const rowsOut = [
      ['load time (s)', seconds.toFixed(1), '300', (seconds / 300).toFixed(2)],
      ['load peak memory (MiB)', String(peak), '300', (peak / 300).toFixed(2)],
      ['load rate (rows/s)', Math.round(ROWS / seconds).toLocaleString('en-GB'), '9 000', (9000 / (ROWS / seconds)).toFixed(2)],
      ['table size (MiB)', (Number(bytes) / 1048576).toFixed(0), '', ''],
      ['rows loaded', Number(rows).toLocaleString('en-GB'), '', ''],
      [
        'locate p50 (ms): gazetteer / outcode only',
        `${p(after, 0.5).toFixed(3)} / ${p(before, 0.5).toFixed(3)}`,
        '',
        (p(after, 0.5) / p(before, 0.5)).toFixed(2),
      ],
      [
        'locate p95 (ms): gazetteer / outcode only',
        `${p(after, 0.95).toFixed(3)} / ${p(before, 0.95).toFixed(3)}`,
        '',
        (p(after, 0.95) / p(before, 0.95)).toFixed(2),
      ],
      ['sample placed at POSTCODE precision', `${atPostcode}/200`, '', ''],
    ];
    console.log('\nGazetteer benchmark (ratio = measured / target; under 1 meets it)');
    const widths = [0, 1, 2, 3].map((i) => Math.max(...[['figure', 'measured', 'target', 'ratio'], ...rowsOut].map((r) => r[i].length)));
    for (const row of [['figure', 'measured', 'target', 'ratio'], ...rowsOut]) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join('  '));
  } finally {
    await stack.stop();
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

/** The CLI in its own process, so that its memory is its own; its output is echoed and returned. */
function runCli(args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, '../apps/cli/src/main.js'), ...args], {
      env: { ...process.env, ...env, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`cli exited ${code}`))));
  });
}

runBench(main);
