import 'reflect-metadata';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Role } from '@app/access';
import { freePort, importEsm, seededRandom, sleep } from '@app/common';
import { ActivitiesService, CreateActivityInput, DayOfWeek, DeliveryMode } from '@app/directory';
import { outcodeCentroid, distanceKm } from '@app/geo';
import { ActivitySearchInput, MEILI_CLIENT, MeiliClient, SearchService } from '@app/search';
import { runBench, startBenchStack } from './bench-stack';

/**
 * npm run bench:search [N]  — N activities (default 100 000) through the product's own write path,
 * then raw Meilisearch vs searchActivities over HTTP GraphQL on the same queries, the end-to-end load
 * rate, update-to-searchable latency and the api's peak memory, printed as one table.
 */
const ARGS = process.argv.slice(2);
const JSON_FILE = ARGS.includes('--json') ? ARGS[ARGS.indexOf('--json') + 1] : undefined;
const N = Number(ARGS.find((a, i) => /^\d+$/.test(a) && ARGS[i - 1] !== '--json') ?? 100_000);
/** Seconds each throughput and write-rate measurement runs for. */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 200);
const NEEDS = [
  'loneliness',
  'mental_health',
  'long_term_conditions',
  'physical_activity',
  'money_and_debt',
  'housing',
  'employment_and_skills',
  'carers',
  'bereavement',
  'relationships',
  'digital_inclusion',
  'food',
  'mobility_and_transport',
  'arts_and_creativity',
  'nature',
];
const ACCESS = [
  'wheelchair',
  'step_free',
  'accessible_toilet',
  'changing_places',
  'hearing_loop',
  'bsl',
  'large_print',
  'quiet_space',
  'dementia_friendly',
  'parking',
];
const CATEGORIES = [
  'advice_and_guidance',
  'natural_world',
  'arts_and_creativity',
  'sport_and_exercise',
  'social_groups',
  'learning_and_skills',
  'health_and_wellbeing',
  'support_groups',
];
const WORDS = [
  'walking',
  'coffee',
  'morning',
  'craft',
  'choir',
  'garden',
  'befriending',
  'support',
  'advice',
  'digital',
  'cooking',
  'yoga',
  'football',
  'art',
  'reading',
  'carers',
  'men’s shed',
  'bereavement',
  'wellbeing',
  'debt',
  'housing',
  'allotment',
  'swimming',
  'dance',
  'knit and natter',
];
const DAYS = Object.values(DayOfWeek);

const rand = seededRandom(42);
const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
const some = <T>(list: readonly T[], max: number) => [...new Set(Array.from({ length: 1 + Math.floor(rand() * max) }, () => pick(list)))];

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const ms = (n: number) => `${n.toFixed(2)} ms`;

type MeiliBatches = { results: { duration: string; stats: { progressTrace?: Record<string, string> } }[] };
const isoSeconds = (d: string) => Number(/PT([\d.]+)S/.exec(d)?.[1] ?? 0);
/** Milliseconds from a Meilisearch progress-trace duration ("12.3ms", "870µs", "1.2s"). */
const traceMs = (d: string) => Number.parseFloat(d) * (d.endsWith('µs') ? 0.001 : d.endsWith('ms') ? 1 : 1000);
/** The innermost steps of Meilisearch's progress traces, each summarised over the batches, slowest first. */
function stepTimes(batches: MeiliBatches['results'], summarise: (ms: number[]) => number): [string, number][] {
  const steps = new Map<string, number[]>();
  for (const b of batches) for (const [step, d] of Object.entries(b.stats.progressTrace ?? {})) steps.set(step, [...(steps.get(step) ?? []), traceMs(d)]);
  const leaves = [...steps.keys()].filter((step) => ![...steps.keys()].some((other) => other.startsWith(`${step} > `)));
  return leaves.map((step) => [step.replace(/^processing tasks > /, ''), summarise(steps.get(step)!)] as [string, number]).sort((a, b) => b[1] - a[1]);
}

function post(port: number, agent: http.Agent, body: string, token?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        port,
        host: '127.0.0.1',
        path: '/graphql',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      },
      (res) => {
        let data = '';
        res.on('data', (c) => (data += c));
        res.on('end', () => resolve(data));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Requests completed per second by `connections` clients each sending the next as soon as the last is answered. */
async function throughput(connections: number, send: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  const until = started + SECONDS * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        await send();
        done++;
      }
    }),
  );
  return done / ((performance.now() - started) / 1000);
}

async function main() {
  // The driver uses the product's services in-process (writes, query building, tokens)...
  const stack = await startBenchStack('search-bench', { PORT: '0' }, 20);
  const { dataDir, config, infrastructure, dataSource, app } = stack;
  // ...while the api runs as its own process, as in production: it relays the outbox and serves GraphQL.
  const port = await freePort();
  const api = spawn(process.execPath, [path.resolve(__dirname, '../apps/api/src/main.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: infrastructure.databaseUrl,
      MEILI_HOST: infrastructure.meiliHost,
      MEILI_API_KEY: infrastructure.meiliApiKey,
      JWT_SECRET: infrastructure.jwtSecret,
      PERSON_REF_SECRET: infrastructure.personRefSecret,
      CONTACT_KEY: infrastructure.contactKey,
      // Production mode, as the image runs it (libraries skip their development checks); no mail is sent.
      NODE_ENV: 'production',
      SMTP_URL: 'smtp://127.0.0.1:9',
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      // The benchmark measures capacity, not the per-client limiter (which would answer 429 quickly).
      GRAPHQL_RATE_LIMIT_PER_MINUTE: '10000000',
      DATA_DIR: dataDir,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  process.once('exit', () => api.kill());
  for (;;) {
    const ok = await new Promise<boolean>((resolve) =>
      http.get({ port, host: '127.0.0.1', path: '/health' }, (r) => (r.resume(), resolve(r.statusCode === 200))).on('error', () => resolve(false)),
    );
    if (ok) break;
    if (api.exitCode !== null) throw new Error('the api process exited');
    await sleep(100);
  }

  // Organisations and venues around Greater Manchester (outward codes within 25 km of M1).
  const m1 = outcodeCentroid('M1')!;
  const csv = fs.readFileSync(path.resolve(__dirname, '../libs/geo/src/uk-outcodes.csv'), 'utf8').split('\n').slice(1);
  const nearby = csv
    .map((l) => l.split(','))
    .filter(([c, la, lo]) => c && distanceKm(m1, { latitude: +la, longitude: +lo }) < 25)
    .map(([c]) => c);
  const organisations = Math.max(10, Math.round(N / 50));
  const orgIds: string[] = [];
  const venuesByOrg = new Map<string, string[]>();
  await dataSource.transaction(async (em) => {
    for (let i = 0; i < organisations; i++) {
      const [{ id }] = await em.query(
        `INSERT INTO organisations (name, description, assurance_status) VALUES ($1, 'Benchmark organisation', $2) RETURNING id`,
        [`Group ${i} ${pick(WORDS)}`, rand() < 0.8 ? 'ASSURED' : 'NOT_ASSESSED'],
      );
      orgIds.push(id);
      const venues: string[] = [];
      for (let v = 0; v < 2; v++) {
        const outcode = pick(nearby);
        const c = outcodeCentroid(outcode)!;
        const [{ id: venueId }] = await em.query(
          `INSERT INTO venues (organisation_id, name, address_line1, town, postcode, outcode, latitude, longitude, accessibility) VALUES ($1, 'Hall', '1 Street', 'Manchester', $2, $3, $4, $5, $6) RETURNING id`,
          [id, `${outcode} 1AA`, outcode, c.latitude + (rand() - 0.5) * 0.02, c.longitude + (rand() - 0.5) * 0.03, some(ACCESS, 4)],
        );
        venues.push(venueId);
      }
      venuesByOrg.set(id, venues);
    }
  });

  const activities = app.get(ActivitiesService);
  const admin = { userId: '00000000-0000-4000-8000-000000000000', role: Role.ADMIN };
  const makeInput = (i: number): CreateActivityInput => {
    const organisationId = orgIds[i % orgIds.length];
    const mode = rand() < 0.85 ? DeliveryMode.IN_PERSON : pick([DeliveryMode.ONLINE, DeliveryMode.PHONE]);
    const title = `${pick(WORDS)} ${pick(WORDS)} group`;
    const start = 8 + Math.floor(rand() * 12);
    return Object.assign(new CreateActivityInput(), {
      organisationId,
      venueId: mode === DeliveryMode.IN_PERSON ? pick(venuesByOrg.get(organisationId)!) : undefined,
      title: title[0].toUpperCase() + title.slice(1),
      description: `${title}. ${Array.from({ length: 60 }, () => pick(WORDS)).join(' ')}. Everyone welcome; come along and meet people, no need to book.`,
      needs: some(NEEDS, 3),
      category: pick(CATEGORIES),
      accessibility: some(ACCESS, 2),
      deliveryMode: mode,
      schedule: [{ day: pick(DAYS), startTime: `${String(start).padStart(2, '0')}:00`, endTime: `${String(start + 2).padStart(2, '0')}:00` }],
      free: rand() < 0.7,
      minimumAge: rand() < 0.3 ? 18 : undefined,
      languages: rand() < 0.1 ? ['en', 'ur'] : ['en'],
      capacity: { placesPerSession: 20, spacesAvailable: Math.floor(rand() * 6), waitingList: rand() < 0.3 ? 2 : undefined },
    });
  };

  const meili = new MeiliClient(infrastructure.meiliHost, infrastructure.meiliApiKey);
  const indexed = async () => (await meili.stats(config.meiliIndex)).numberOfDocuments;
  const loadStart = performance.now();
  const BATCH = 1000;
  for (let i = 0; i < N; i += BATCH) {
    const inputs = Array.from({ length: Math.min(BATCH, N - i) }, (_, k) => makeInput(i + k));
    await activities.insertMany(admin, inputs);
  }
  const writtenAt = performance.now();
  while ((await indexed()) < N || (await dataSource.query('SELECT count(*)::int AS n FROM search_outbox'))[0].n > 0)
    await new Promise((r) => setTimeout(r, 100));
  const loadSeconds = (performance.now() - loadStart) / 1000;
  // How long Meilisearch itself spent on the additions (its batches run one after another).
  const batches = await meili.request<MeiliBatches>('GET', '/batches?limit=1000');
  const meiliIndexingSeconds = batches.results.reduce((sum, b) => sum + isoSeconds(b.duration), 0);
  const loadSteps = stepTimes(batches.results, (v) => v.reduce((a, b) => a + b, 0) / 1000);
  const meiliBytes = (await meili.request<{ databaseSize: number }>('GET', '/stats')).databaseSize;
  const [{ bytes: postgresBytes }] = await dataSource.query('SELECT pg_database_size(current_database())::float AS bytes');
  const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20).toLocaleString('en-GB')} MiB`;

  const queries: [string, Partial<ActivitySearchInput>][] = [
    [
      'text + need + radius + accessibility + facets',
      { text: 'walking', needs: ['physical_activity'], near: { postcode: 'M1 1AE', radiusKm: 10 }, accessibility: ['wheelchair'] },
    ],
    ['filters only', { needs: ['loneliness', 'mental_health'], days: [DayOfWeek.MONDAY, DayOfWeek.TUESDAY], freeOnly: true }],
    ['typo', { text: 'befriendng gardn' }],
    ['remote included', { near: { postcode: 'M14', radiusKm: 5 }, includeRemote: true, needs: ['money_and_debt'] }],
    ['sort by distance', { near: { postcode: 'M1', radiusKm: 20 }, sort: 'DISTANCE' as never }],
  ];
  const search = app.get(SearchService);
  const appMeili: MeiliClient = app.get(MEILI_CLIENT);
  /** Every request one search sends to Meilisearch, in order: the raw side replays them all, one after another. */
  const requestsOf = async (input: Partial<ActivitySearchInput>): Promise<object[]> => {
    const sent: object[] = [];
    const search0 = appMeili.search.bind(appMeili);
    appMeili.search = (uid: string, query: object) => {
      sent.push(query);
      return search0(uid, query);
    };
    try {
      await search.search(input);
    } finally {
      appMeili.search = search0;
    }
    return sent;
  };
  const replay = async (requests: object[]) => {
    for (const request of requests) await meili.search(config.meiliIndex, request);
  };
  const { Meilisearch } = await importEsm<{ Meilisearch: new (o: object) => { index(uid: string): { search(q: string, o: object): Promise<unknown> } } }>(
    'meilisearch',
  );
  const stock = new Meilisearch({ host: infrastructure.meiliHost, apiKey: infrastructure.meiliApiKey });
  const agent = new http.Agent({ keepAlive: true });
  // The same raw requests sent through NestJS and Apollo with nothing of the product's, and through
  // node:http alone (stack-floor-server.ts).
  const startFloor = async (kind: 'nest' | 'node-http') => {
    const floor = spawn(process.execPath, [path.resolve(__dirname, 'stack-floor-server.js'), kind], {
      env: { ...process.env, MEILI_HOST: infrastructure.meiliHost, MEILI_API_KEY: infrastructure.meiliApiKey, MEILI_INDEX: config.meiliIndex },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    process.once('exit', () => floor.kill());
    return { floor, port: await new Promise<number>((resolve) => floor.once('message', (p) => resolve(Number(p)))) };
  };
  const { floor: stackFloor, port: stackFloorPort } = await startFloor('nest');
  const { floor: nodeHttpFloor, port: nodeHttpPort } = await startFloor('node-http');
  const rows: string[][] = [];
  for (const [name, input] of queries) {
    const requests = await requestsOf(input);
    const floorBody = JSON.stringify({ query: 'query($r: String!) { replay(requests: $r) }', variables: { r: JSON.stringify(requests) } });
    for (const floorPort of [stackFloorPort, nodeHttpPort]) {
      const floorCheck = JSON.parse(await post(floorPort, agent, floorBody));
      if (floorCheck.errors || typeof floorCheck.data?.replay !== 'number') throw new Error(JSON.stringify(floorCheck).slice(0, 300));
    }
    const gqlBody = JSON.stringify({
      query:
        'query($i: ActivitySearchInput!) { searchActivities(input: $i) { total hits { distanceKm activity { id title organisation { name } venue { postcode } capacity { state } } } facets { field values { value count } } } }',
      variables: { i: input },
    });
    const check = JSON.parse(await post(port, agent, gqlBody));
    if (check.errors) throw new Error(JSON.stringify(check.errors));
    const raw: number[] = [];
    const stack: number[] = [];
    const nodeHttp: number[] = [];
    const api: number[] = [];
    const stockTimes: number[] = [];
    const service: number[] = [];
    for (let i = 0; i < ITERATIONS; i++) {
      const s0 = performance.now();
      await search.search(input);
      service.push(performance.now() - s0);
      let t0 = performance.now();
      await replay(requests);
      raw.push(performance.now() - t0);
      t0 = performance.now();
      await post(nodeHttpPort, agent, floorBody);
      nodeHttp.push(performance.now() - t0);
      t0 = performance.now();
      await post(stackFloorPort, agent, floorBody);
      stack.push(performance.now() - t0);
      t0 = performance.now();
      await post(port, agent, gqlBody);
      api.push(performance.now() - t0);
      if (i < 40) {
        t0 = performance.now();
        for (const { q, ...rest } of requests as { q: string }[]) await stock.index(config.meiliIndex).search(q, rest);
        stockTimes.push(performance.now() - t0);
      }
    }
    rows.push([
      name,
      `${check.data.searchActivities.total}`,
      `${requests.length}`,
      ms(percentile(raw, 50)),
      ms(percentile(raw, 95)),
      ms(percentile(api, 50)),
      ms(percentile(api, 95)),
      ms(percentile(api, 50) - percentile(raw, 50)),
      ms(percentile(nodeHttp, 50)),
      ms(percentile(nodeHttp, 50) - percentile(raw, 50)),
      ms(percentile(stack, 50)),
      ms(percentile(stack, 50) - percentile(raw, 50)),
      ms(percentile(service, 50)),
      ms(percentile(stockTimes, 50)),
    ]);
  }
  stackFloor.kill();

  // What any request through the api costs before it searches, measured as the rows above are (each
  // right after a raw search): one more process on the way (the node:http floor answering a request
  // with nothing to search) and the api answering `{ __typename }`.
  const floorRequests = await requestsOf(queries[1][1]);
  const typename = JSON.stringify({ query: '{ __typename }' });
  const hop: number[] = [];
  const apiFloor: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    await replay(floorRequests);
    let t0 = performance.now();
    await post(nodeHttpPort, agent, typename);
    hop.push(performance.now() - t0);
    await replay(floorRequests);
    t0 = performance.now();
    await post(port, agent, typename);
    apiFloor.push(performance.now() - t0);
  }
  nodeHttpFloor.kill();

  // Throughput: the first query shape, raw against GraphQL, at 1, 8 and 32 connections.
  const [throughputName, throughputInput] = queries[0];
  const throughputRequests = await requestsOf(throughputInput);
  const throughputGql = JSON.stringify({
    query:
      'query($i: ActivitySearchInput!) { searchActivities(input: $i) { total hits { distanceKm activity { id title organisation { name } venue { postcode } capacity { state } } } facets { field values { value count } } } }',
    variables: { i: throughputInput },
  });
  const throughputRows: { connections: number; raw: number; graphql: number }[] = [];
  for (const connections of [1, 8, 32]) {
    const connectionsAgent = new http.Agent({ keepAlive: true, maxSockets: connections });
    const raw = await throughput(connections, () => replay(throughputRequests));
    const graphql = await throughput(connections, async () => {
      const answer = await post(port, connectionsAgent, throughputGql);
      if (!answer.startsWith('{"data"') || answer.includes('"errors"')) throw new Error(`searchActivities failed: ${answer.slice(0, 200)}`);
    });
    connectionsAgent.destroy();
    throughputRows.push({ connections, raw, graphql });
  }

  // Update → searchable: a new word in the title, then poll search until it is found.
  const ids: { id: string }[] = await dataSource.query('SELECT id FROM activities ORDER BY random() LIMIT 50');
  const visible: number[] = [];
  const token = await (async () => {
    await dataSource.query(`INSERT INTO users (email, password_hash, role) VALUES ('bench@example.test', 'x', 'ADMIN') ON CONFLICT DO NOTHING`);
    const [{ id }] = await dataSource.query(`SELECT id FROM users WHERE email = 'bench@example.test'`);
    return (await app.get((await import('@app/accounts')).SessionsService).open(id)).token;
  })();
  for (const [n, { id }] of ids.entries()) {
    const word = `zq${n}x${Math.floor(rand() * 1e6)}`;
    const t0 = performance.now();
    const res = await post(
      port,
      agent,
      JSON.stringify({
        query: 'mutation($id: ID!, $i: UpdateActivityInput!) { updateActivity(id: $id, input: $i) { id } }',
        variables: { id, i: { title: `Renamed ${word}` } },
      }),
      token,
    );
    if (JSON.parse(res).errors) throw new Error(res);
    for (;;) {
      const found = await meili.search<{ id: string }>(config.meiliIndex, { q: word, attributesToRetrieve: ['id'] });
      if (found.hits.some((h) => h.id === id)) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    visible.push(performance.now() - t0);
  }
  // Where Meilisearch spends an update's batch: the median of each step of its progress trace.
  const updateBatches = (await meili.request<MeiliBatches>('GET', `/batches?limit=${ids.length}`)).results;
  const batchMs = updateBatches.map((b) => isoSeconds(b.duration) * 1000);
  const updateSteps = stepTimes(updateBatches, (v) => percentile(v, 50));

  // Writes: createActivity through GraphQL by 4 writers at once.
  const writers = 4;
  const writeAgent = new http.Agent({ keepAlive: true, maxSockets: writers });
  let written = 0;
  const writeRate = await throughput(writers, async () => {
    const res = await post(
      port,
      writeAgent,
      JSON.stringify({
        query: 'mutation($i: CreateActivityInput!) { createActivity(input: $i) { id } }',
        variables: { i: makeInput(N + written++) },
      }),
      token,
    );
    if (JSON.parse(res).errors) throw new Error(res);
  });
  writeAgent.destroy();

  // VmHWM: the api process's peak resident set size, as the kernel counted it.
  const peakKiB = Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${api.pid}/status`, 'utf8'))?.[1] ?? 0);

  const table = [
    [
      'query',
      'hits',
      'Meili requests',
      'raw Meili p50',
      'raw Meili p95',
      'GraphQL p50',
      'GraphQL p95',
      'GraphQL − raw p50',
      'node:http forwarder p50',
      'node:http forwarder − raw p50',
      'bare Nest + Apollo p50',
      'bare Nest + Apollo − raw p50',
      'service only p50',
      'stock meilisearch-js p50',
    ],
    ...rows,
  ];
  const widths = table[0].map((_, c) => Math.max(...table.map((r) => r[c].length)));
  const line = (r: string[]) => `| ${r.map((v, c) => v.padEnd(widths[c])).join(' | ')} |`;
  console.log(
    `\nSearch benchmark: ${N.toLocaleString('en-GB')} activities, ${ITERATIONS} iterations per query (stock client: 40), ${os.cpus().length} cores\n`,
  );
  console.log(line(table[0]));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of table.slice(1)) console.log(line(r));
  console.log(`\n| measure | value |\n|---|---|`);
  console.log(`| write to PostgreSQL (${N} activities, with outbox rows) | ${((writtenAt - loadStart) / 1000).toFixed(1)} s |`);
  console.log(
    `| of which Meilisearch busy indexing (sum of its batch durations) | ${meiliIndexingSeconds.toFixed(1)} s in ${batches.results.length} batches |`,
  );
  console.log(
    `| end-to-end load rate (write → searchable) | ${Math.round(N / loadSeconds).toLocaleString('en-GB')} activities/s (${loadSeconds.toFixed(1)} s) |`,
  );
  console.log(`| updateActivity → visible in search, p50 / p95 (50 updates) | ${ms(percentile(visible, 50))} / ${ms(percentile(visible, 95))} |`);
  console.log(`| peak RSS of the api process (VmHWM, whole run) | ${Math.round(peakKiB / 1024)} MiB |`);
  console.log(`| size on disk after loading: Meilisearch / PostgreSQL | ${mib(meiliBytes)} / ${mib(postgresBytes)} |`);
  console.log(`| createActivity through GraphQL, ${writers} writers | ${writeRate.toFixed(0)} /s |`);
  console.log(`| one more process on the way: a request with nothing to search to the node:http floor, p50 | ${ms(percentile(hop, 50))} |`);
  console.log(`| the api before any search: \`{ __typename }\` through GraphQL, p50 | ${ms(percentile(apiFloor, 50))} |`);

  console.log(
    `\nMeilisearch's slowest steps: loading (seconds, summed over its batches) and one update's batch (p50 ${ms(percentile(batchMs, 50))}, p95 ${ms(percentile(batchMs, 95))})\n`,
  );
  console.log('| loading step | s | update step | ms (p50) |\n|---|---|---|---|');
  for (let i = 0; i < 8; i++)
    console.log(
      `| ${loadSteps[i]?.[0] ?? ''} | ${loadSteps[i]?.[1].toFixed(1) ?? ''} | ${updateSteps[i]?.[0] ?? ''} | ${updateSteps[i]?.[1].toFixed(1) ?? ''} |`,
    );

  console.log(`\nThroughput, "${throughputName}", ${SECONDS} s each (requests/s)\n`);
  console.log('| connections | raw Meilisearch | GraphQL | GraphQL / raw |\n|---|---|---|---|');
  for (const t of throughputRows)
    console.log(`| ${t.connections} | ${t.raw.toFixed(0)} | ${t.graphql.toFixed(0)} | ${((t.graphql / t.raw) * 100).toFixed(1)} % |`);

  // The targets, each as measured / goal (under 1 meets a ceiling; over 1 meets a floor).
  const overheads = rows.map((r) => Number.parseFloat(r[7]));
  const at8 = throughputRows.find((t) => t.connections === 8)!;
  const targets: [string, string, string, boolean][] = [
    ['GraphQL − raw p50, worst shape', ms(Math.max(...overheads)), '≤ 3 ms', Math.max(...overheads) <= 3],
    ['GraphQL throughput / raw at 8 connections', `${((at8.graphql / at8.raw) * 100).toFixed(1)} %`, '≥ 70 %', at8.graphql / at8.raw >= 0.7],
    ['update → searchable p95', ms(percentile(visible, 95)), '≤ 1000 ms', percentile(visible, 95) <= 1000],
    ['end-to-end load rate', `${Math.round(N / loadSeconds)} /s`, '≥ 3000 /s', N / loadSeconds >= 3000],
  ];
  console.log('\nTargets\n\n| target | measured | goal | met |\n|---|---|---|---|');
  for (const [name, measured, goal, met] of targets) console.log(`| ${name} | ${measured} | ${goal} | ${met ? 'yes' : 'no'} |`);
  const range = (column: number) => {
    const values = rows.map((r) => Number.parseFloat(r[column]));
    return `${ms(Math.min(...values))} to ${ms(Math.max(...values))}`;
  };
  console.log(`\nFor comparison, sending the same requests − raw p50 by shape: node:http alone ${range(9)}, bare NestJS + Apollo ${range(11)}.`);

  if (JSON_FILE) {
    const figures = {
      activities: N,
      cores: os.cpus().length,
      queries: rows.map((r) => ({
        name: r[0],
        hits: Number(r[1]),
        meiliRequests: Number(r[2]),
        rawP50: +r[3].split(' ')[0],
        rawP95: +r[4].split(' ')[0],
        graphqlP50: +r[5].split(' ')[0],
        graphqlP95: +r[6].split(' ')[0],
        overheadP50: +r[7].split(' ')[0],
        nodeHttpFloorP50: +r[8].split(' ')[0],
        nodeHttpFloorOverheadP50: +r[9].split(' ')[0],
        stackFloorP50: +r[10].split(' ')[0],
        stackFloorOverheadP50: +r[11].split(' ')[0],
      })),
      throughput: throughputRows,
      writesPerSecond: { writers, rate: writeRate },
      load: { seconds: loadSeconds, perSecond: N / loadSeconds, meiliIndexingSeconds },
      updateToSearchableMs: { p50: percentile(visible, 50), p95: percentile(visible, 95) },
      updateBatchMs: { p50: percentile(batchMs, 50), p95: percentile(batchMs, 95), slowestSteps: Object.fromEntries(updateSteps.slice(0, 8)) },
      loadSlowestStepsSeconds: Object.fromEntries(loadSteps.slice(0, 8)),
      requestFloorMs: { nodeHttpHop: percentile(hop, 50), apiTypename: percentile(apiFloor, 50) },
      apiPeakRssMiB: Math.round(peakKiB / 1024),
      diskMiB: { meilisearch: Math.round(meiliBytes / 2 ** 20), postgres: Math.round(postgresBytes / 2 ** 20) },
      targets: targets.map(([name, measured, goal, met]) => ({ name, measured, goal, met })),
    };
    fs.writeFileSync(JSON_FILE, JSON.stringify(figures, null, 2));
    console.log(`\nfigures written to ${JSON_FILE}`);
  }

  meili.close();
  agent.destroy();
  api.kill('SIGTERM');
  await new Promise((resolve) => api.once('exit', resolve));
  await stack.stop();
}

runBench(main);
