import 'reflect-metadata';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { derivedId, OrukExporter, OrukImporter } from '@app/open-referral';
import { OutboxRelay } from '@app/search';
import { runBench, startBenchStack } from './bench-stack';

/**
 * npm run bench:oruk [services]  — a generated ORUK feed of N fully nested services (default
 * 5 000, ten per organisation, one location each): first import, the outbox reaching
 * Meilisearch, a second unchanged import, a 10 % changed import and an export, in one run.
 */
const N = Number(process.argv[2] ?? 5000);
const NEEDS = ['Loneliness and isolation', 'Low-level mental health', 'Physical activity', 'Food', 'Carers', 'Money and debt'];
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const OUTCODES = ['M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7', 'M8', 'M9', 'M11', 'M12', 'M13', 'M14', 'M15', 'M16', 'M19', 'M20', 'M21', 'M22', 'M23'];

function service(i: number, renamed = false) {
  const org = Math.floor(i / 10);
  const id = derivedId('bench-service', String(i));
  const orgId = derivedId('bench-org', String(org));
  const locationId = derivedId('bench-location', String(org));
  return {
    id,
    name: `${renamed ? 'Renamed ' : ''}Community group ${i}`,
    description: `A weekly community group, number ${i}, for people who want company and something to do.`,
    status: 'active',
    minimum_age: 16,
    organization: {
      id: orgId,
      name: `Benchmark organisation ${org}`,
      description: 'A community organisation in Greater Manchester',
      email: `org${org}@example.org`,
      organization_identifiers: [
        {
          id: derivedId('bench-identifier', String(org)),
          identifier_scheme: 'GB-CHC',
          identifier_type: 'Registered charity number',
          identifier: String(1_100_000 + org),
        },
      ],
    },
    service_at_locations: [
      {
        id: derivedId('bench-sal', String(i)),
        location: {
          id: locationId,
          location_type: 'physical',
          name: `Community hall ${org}`,
          addresses: [
            {
              id: derivedId('bench-address', String(org)),
              address_1: `${org} High Street`,
              city: 'Manchester',
              postal_code: `${OUTCODES[org % OUTCODES.length]} 1AA`,
              country: 'GB',
              address_type: 'physical',
            },
          ],
          accessibility: [{ id: derivedId('bench-access', String(org)), description: 'Wheelchair access' }],
        },
      },
    ],
    schedules: [{ id: derivedId('bench-schedule', String(i)), freq: 'WEEKLY', byday: DAYS[i % 7], opens_at: '10:00', closes_at: '12:00' }],
    languages: [{ id: derivedId('bench-language', String(i)), code: 'en' }],
    cost_options: [{ id: derivedId('bench-cost', String(i)), option: 'Free', amount: 0 }],
    attributes: [
      {
        id: derivedId('bench-attr', String(i)),
        taxonomy_term: {
          id: derivedId('bench-need', NEEDS[i % NEEDS.length]),
          name: NEEDS[i % NEEDS.length],
          taxonomy: 'Needs',
          description: NEEDS[i % NEEDS.length],
        },
      },
      {
        id: derivedId('bench-attr-lga', String(i)),
        taxonomy_term: {
          id: derivedId('bench-lga', String(i % 20)),
          name: `LGA service type ${i % 20}`,
          taxonomy: 'esdServiceTypes',
          description: 'A term of another taxonomy',
        },
      },
    ],
  };
}

function writeFeed(file: string, services: unknown[]) {
  fs.writeFileSync(
    file,
    JSON.stringify({
      total_items: services.length,
      total_pages: 1,
      page_number: 1,
      size: services.length,
      first_page: true,
      last_page: true,
      empty: false,
      contents: services,
    }),
  );
}

async function main() {
  const stack = await startBenchStack('oruk-bench', { ORUK_PUBLISH: 'all' });
  const { app, dataDir: dir } = stack;
  const importer = app.get(OrukImporter);
  const rows: [string, string][] = [];
  const timed = async <T>(label: string, work: () => Promise<T>, describe: (result: T, seconds: number) => string) => {
    const started = performance.now();
    const result = await work();
    const seconds = (performance.now() - started) / 1000;
    rows.push([label, describe(result, seconds)]);
    return result;
  };
  try {
    const feed = path.join(dir, 'feed.json');
    writeFeed(
      feed,
      Array.from({ length: N }, (_, i) => service(i)),
    );
    const size = fs.statSync(feed).size;
    const rate = (n: number, s: number) => `${n} in ${s.toFixed(1)} s (${Math.round(n / s).toLocaleString('en-GB')}/s)`;

    await timed(
      'first import (created)',
      () => importer.import(feed),
      (r, s) =>
        `${rate(r.services.created, s)}; ${r.organizations.created} organisations; ${r.invalid.length} invalid; ${(size / 2 ** 20).toFixed(1)} MiB feed`,
    );
    await timed(
      'outbox → Meilisearch (searchable)',
      () => app.get(OutboxRelay).drain(),
      (sent, s) => rate(sent, s),
    );
    await timed(
      'second import (unchanged, skipped)',
      () => importer.import(feed),
      (r, s) => rate(r.services.skipped, s),
    );
    writeFeed(
      feed,
      Array.from({ length: N }, (_, i) => service(i, i % 10 === 0)),
    );
    await timed(
      'import with 10 % renamed (updated)',
      () => importer.import(feed),
      (r, s) => `${rate(r.services.updated, s)}; ${r.services.skipped} skipped`,
    );
    await timed(
      'export-oruk (JSON)',
      () => app.get(OrukExporter).export(path.join(dir, 'export.json'), 'json'),
      (r, s) => rate(r.services, s),
    );
    const peak = fs.readFileSync('/proc/self/status', 'utf8').match(/VmHWM:\s+(\d+) kB/);
    rows.push(['peak RSS of this process (VmHWM)', peak ? `${Math.round(Number(peak[1]) / 1024)} MiB` : 'n/a']);

    const width = Math.max(...rows.map(([label]) => label.length));
    console.log(`\nOpen Referral UK import/export, ${N} services (embedded PostgreSQL and Meilisearch, one process)\n`);
    console.log(`| ${'step'.padEnd(width)} | result |\n|${'-'.repeat(width + 2)}|--------|`);
    for (const [label, value] of rows) console.log(`| ${label.padEnd(width)} | ${value} |`);
  } finally {
    await stack.stop();
  }
}

runBench(main);
