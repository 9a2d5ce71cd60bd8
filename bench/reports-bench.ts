import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { Role } from '@app/access';
import {
  DemandGrouping,
  EquityBand,
  EquityReport,
  ReportsService,
  RiskLevel,
  SustainabilityService,
  UsageGrouping,
  WellbeingGrouping,
  WellbeingReport,
} from '@app/usage';
import { runBench, startBenchStack } from './bench-stack';

/**
 * npm run bench:reports [activities]  — a year of data for N activities (default 5 000): ~24
 * connections, 12 attendance returns and searches per activity; times every report grouping.
 */
const N = Number(process.argv[2] ?? 5000);

async function main() {
  const stack = await startBenchStack('reports-bench');
  const { dataSource, app } = stack;

  const load = performance.now();
  const orgs = Math.max(10, Math.round(N / 50));
  await dataSource.query(
    `INSERT INTO users (id, email, password_hash, role) VALUES ('00000000-0000-4000-8000-000000000001', 'bench@example.test', 'x', 'LINK_WORKER')`,
  );
  await dataSource.query(
    `INSERT INTO organisations (name, description, assurance_status) SELECT 'Org ' || g, 'Benchmark', 'ASSURED' FROM generate_series(1, $1) g`,
    [orgs],
  );
  await dataSource.query(
    `INSERT INTO venues (organisation_id, name, address_line1, town, postcode, outcode, latitude, longitude)
     SELECT id, 'Hall', '1 Street', 'Manchester', 'M' || (row_number() OVER () % 40 + 1) || ' 1AA', 'M' || (row_number() OVER () % 40 + 1), 53.4, -2.2 FROM organisations`,
  );
  await dataSource.query(
    `INSERT INTO activities (organisation_id, venue_id, title, description, needs, delivery_mode, free, schedule, places_per_session)
     SELECT v.organisation_id, v.id, 'Activity ' || g, 'Benchmark activity',
            ARRAY[(ARRAY['loneliness','mental_health','food','carers','housing','money_and_debt'])[g % 6 + 1]], 'IN_PERSON', true,
            '[{"day":"MONDAY","startTime":"10:00","endTime":"11:00"}]', 12
       FROM generate_series(1, $1) g JOIN LATERAL (SELECT id, organisation_id FROM venues ORDER BY id OFFSET (g % $2) LIMIT 1) v ON true`,
    [N, orgs],
  );
  await dataSource.query(
    `INSERT INTO connections (activity_id, organisation_id, link_worker_id, needs, person_ref_hash, outcome, created_at)
     SELECT a.id, a.organisation_id, '00000000-0000-4000-8000-000000000001', a.needs, encode(sha256(((random() * $1)::int)::text::bytea), 'hex'),
            (ARRAY['ATTENDED','ATTENDED','DID_NOT_ATTEND','DECLINED','ACCEPTED','PENDING'])[(random() * 5)::int + 1]::connection_outcome,
            now() - random() * interval '365 days'
       FROM activities a, generate_series(1, 24)`,
    [N * 8],
  );
  // Each person connected has a first contact (most with bands) and, for two in three, a follow-up with scores.
  await dataSource.query(
    `INSERT INTO wellbeing_records (link_worker_id, person_ref_hash, measure, occasion, recorded_on, age_band, sex, ethnic_group, deprivation_decile)
     SELECT '00000000-0000-4000-8000-000000000001', person_ref_hash, 'ONS4', 'FIRST_CONTACT', min(created_at)::date,
            (enum_range(NULL::age_band))[(random() * 8)::int + 1], (enum_range(NULL::sex))[(random())::int + 1],
            (enum_range(NULL::ethnic_group))[(random() * 4)::int + 1], (random() * 9)::int + 1
       FROM connections GROUP BY person_ref_hash`,
  );
  await dataSource.query(
    `INSERT INTO wellbeing_records (link_worker_id, person_ref_hash, measure, occasion, recorded_on, first_contact_id)
     SELECT link_worker_id, person_ref_hash, 'ONS4', 'FOLLOW_UP', recorded_on + 70, id FROM wellbeing_records WHERE random() < 0.67`,
  );
  await dataSource.query(
    `INSERT INTO wellbeing_scores (record_id, item, score) SELECT r.id, i, (random() * 10)::int FROM wellbeing_records r, unnest(enum_range(NULL::wellbeing_item)) i`,
  );
  await dataSource.query(`INSERT INTO outcode_deciles (outcode, decile, postcodes) SELECT 'M' || g, g % 10 + 1, 100 FROM generate_series(1, 40) g`);
  await dataSource.query(
    `INSERT INTO attendance_returns (activity_id, organisation_id, month, sessions_run, attendances, new_participants, submitted_by)
     SELECT a.id, a.organisation_id, to_char(now() - m * interval '1 month', 'YYYY-MM'), 4, (random() * 60)::int, 3, '00000000-0000-4000-8000-000000000001'
       FROM activities a, generate_series(0, 11) m`,
  );
  await dataSource.query(
    `INSERT INTO search_demand (searched_at, needs, outcode, result_count)
     SELECT now() - random() * interval '365 days', ARRAY[(ARRAY['loneliness','mental_health','food','carers','housing','bereavement'])[(random() * 5)::int + 1]],
            'M' || ((random() * 39)::int + 1), (random() * 10)::int
       FROM generate_series(1, $1)`,
    [N * 12],
  );
  await dataSource.query('ANALYZE');
  const loadSeconds = (performance.now() - load) / 1000;
  const [{ connections }] = await dataSource.query('SELECT count(*)::int AS connections FROM connections');
  const [{ records }] = await dataSource.query('SELECT count(*)::int AS records FROM wellbeing_records');

  const reports = app.get(ReportsService);
  const sustainability = app.get(SustainabilityService);
  const wellbeing = app.get(WellbeingReport);
  const equity = app.get(EquityReport);
  const commissioner = { userId: '00000000-0000-4000-8000-000000000002', role: Role.COMMISSIONER };
  const to = new Date().toISOString().slice(0, 10);
  const from = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
  const rows: [string, string, string][] = [];
  const time = async (name: string, run: () => Promise<{ rows?: unknown[] } | unknown[]>) => {
    await run(); // warm
    const samples: number[] = [];
    let count = 0;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const result = await run();
      samples.push(performance.now() - t0);
      count = Array.isArray(result) ? result.length : (result.rows?.length ?? 0);
    }
    samples.sort((a, b) => a - b);
    rows.push([name, String(count), `${samples[2].toFixed(0)} ms (max ${samples[4].toFixed(0)} ms)`]);
  };
  for (const groupBy of Object.values(UsageGrouping)) await time(`usageReport ${groupBy}`, () => reports.usage(commissioner, { from, to }, groupBy));
  for (const groupBy of Object.values(DemandGrouping)) await time(`demandReport ${groupBy}`, () => reports.demand({ from, to }, groupBy));
  await time('sustainabilityRisks (all organisations)', () => sustainability.risks(commissioner, RiskLevel.LOW));
  for (const groupBy of Object.values(WellbeingGrouping)) await time(`wellbeingReport ${groupBy}`, () => wellbeing.report({ from, to }, groupBy));
  const [{ id: organisationId }] = await dataSource.query('SELECT id FROM organisations ORDER BY name LIMIT 1');
  await time('organisationWellbeing (one organisation, this year)', async () => (await wellbeing.forOrganisation(organisationId, null)).rows);
  for (const band of Object.values(EquityBand)) await time(`equityReport ${band}`, () => equity.byBand({ from, to }, band));
  await time('deprivedAreaDemand', async () => (await equity.deprivedAreaDemand({ from, to }, 2)).needs);

  console.log(
    `\nReports benchmark: ${N.toLocaleString('en-GB')} activities, ${connections.toLocaleString('en-GB')} connections, ${(N * 12).toLocaleString('en-GB')} attendance returns and searches, ${records.toLocaleString('en-GB')} wellbeing records over a year (loaded in ${loadSeconds.toFixed(1)} s)\n`,
  );
  console.log('| report | rows | median of 5 (max) |\n|---|---|---|');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);

  await stack.stop();
}

runBench(main);
