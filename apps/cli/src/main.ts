import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { ConfigError, loadConfig } from '@app/config';
import { AccountsService, CreateUserInput } from '@app/accounts';
import { createLogger, createValidationPipe, DomainError } from '@app/common';
import { createApi, openAppDatabase, startInfrastructure } from '@app/platform';
import { FeedError, importReportText, OrukExporter, OrukImporter } from '@app/open-referral';
import { IndexMaintenance, OutboxRelay } from '@app/search';
import { DeprivationFileError, DeprivationLoader, GazetteerFileError, GazetteerLoader, gazetteerReportText } from '@app/geo';
import { VenueRelocation } from '@app/directory';
import { PopulationFileError, PopulationLoader } from '@app/usage';
import { generateMigration } from './generate-migration';

const USAGE = `Usage: npm run cli -- <command>
  search:rebuild      rebuild the search index from PostgreSQL into a new index and swap it in
  search:reconcile    find and repair drift between PostgreSQL and the search index
  user:create <email> <role>  create a user (e.g. the first ADMIN); the password is read from NEW_USER_PASSWORD
  import-oruk <base-url-or-file> [--report <file.json>]  import an Open Referral UK 3.0 feed (a publisher's base URL, or a JSON/ndjson file);
                                  --report also writes the whole report as JSON
  export-oruk <file> [--ndjson]   write the published directory as Open Referral UK JSON (or ndjson)
  postcodes:load <file>       load the postcode gazetteer (ONSPD, NSPL or Code-Point Open; .csv or the published .zip),
                              replacing the one in use when it has loaded, then re-place venues by it
  deprivation:load <file>     load the English Indices of Deprivation's File 1 (IMD decile by LSOA, the published CSV)
  population:load <file> [--source <text>]  load the area's population by equity band (CSV band,value,people, from its census tables)
  migration:generate <Name>   write a migration for entity changes (development)`;

/** The value after a command-line flag, e.g. --report <file>. */
function option(flag: string): string | undefined {
  const at = process.argv.indexOf(flag);
  return at > 0 ? process.argv[at + 1] : undefined;
}

/**
 * Command-line tools. They use the same DATA_DIR as the api: when it is running they attach to its
 * embedded PostgreSQL and Meilisearch, otherwise they start them and stop them again when done.
 */
async function main(): Promise<void> {
  const [command, argument] = process.argv.slice(2);
  // The load's live data is under 50 MiB, but V8 lets garbage pile up to ~280 MiB before collecting
  // it; a 128 MiB old space keeps the peak near 165 MiB for ~10% more time (measured, 1 M rows).
  if (command === 'postcodes:load' && !process.execArgv.some((flag) => flag.startsWith('--max-old-space-size'))) {
    const child = spawnSync(process.execPath, ['--max-old-space-size=128', ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit' });
    process.exit(child.status ?? 1);
  }
  if (
    ![
      'search:rebuild',
      'search:reconcile',
      'migration:generate',
      'user:create',
      'import-oruk',
      'export-oruk',
      'postcodes:load',
      'deprivation:load',
      'population:load',
    ].includes(command) ||
    ((command.endsWith('-oruk') || command.endsWith(':load')) && !argument)
  ) {
    console.error(USAGE);
    process.exit(64);
  }
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, 'cli');
  const infrastructure = await startInfrastructure(config, logger);
  // Interrupted: stop what this command started (an open transaction is rolled back), then leave.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      console.error(`${signal}: stopping`);
      void infrastructure.stop().finally(() => process.exit(130));
    });
  }
  try {
    if (command === 'migration:generate') {
      if (!argument) throw new Error('migration:generate needs a name, e.g. AddConcerns');
      const file = await generateMigration(infrastructure.databaseUrl, argument);
      console.log(file ? `wrote ${file}` : 'no changes: the entities match the migrations');
      return;
    }
    const dataSource = await openAppDatabase(infrastructure.databaseUrl, 4);
    if (command === 'deprivation:load' || command === 'population:load') {
      try {
        if (command === 'deprivation:load') {
          const report = await new DeprivationLoader(dataSource).load(argument);
          console.log(`loaded the IMD decile of ${report.areas.toLocaleString('en-GB')} areas from ${report.file}`);
        } else {
          const report = await new PopulationLoader(dataSource).load(argument, option('--source'));
          console.log(`loaded the area's population by ${report.bands.join(', ')} from ${report.file} (${report.source})`);
        }
      } finally {
        await dataSource.destroy();
      }
      return;
    }
    // Loaded before the api is composed, so that the load's memory is the load's alone.
    const loaded = command === 'postcodes:load' ? await new GazetteerLoader(dataSource).load(argument, { progress: true }) : undefined;
    const app = await createApi(config, logger, infrastructure, dataSource, { runRelay: false });
    try {
      if (command === 'user:create') {
        const [email, role] = process.argv.slice(3);
        // The same input class and validation as the createUser mutation.
        const input = await createValidationPipe().transform(
          // The person running this chose the password, so it is not a temporary one.
          { email, role, password: process.env.NEW_USER_PASSWORD, temporaryPassword: false },
          { type: 'body', metatype: CreateUserInput },
        );
        const user = await app.get(AccountsService).createUser(input);
        console.log(`created ${user.role} ${user.email}`);
        return;
      }
      if (command === 'export-oruk') {
        const format = process.argv.includes('--ndjson') ? 'ndjson' : 'json';
        const { services } = await app.get(OrukExporter).export(argument, format, { progress: true });
        console.log(`wrote ${services} services to ${argument} (${format})`);
        return;
      }
      if (command === 'import-oruk') {
        const report = await app.get(OrukImporter).import(argument, { progress: true });
        console.log(importReportText(report));
        const reportFile = option('--report');
        if (reportFile) {
          fs.writeFileSync(reportFile, JSON.stringify(report, null, 2));
          console.log(`the whole report: ${reportFile}`);
        }
        // Imported listings travel through the outbox; send them now in case no api is running.
        await app.get(OutboxRelay).drain();
        if (report.invalid.length) process.exitCode = 2;
        return;
      }
      if (loaded) {
        console.log(gazetteerReportText(loaded));
        console.log(`peak memory while loading ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`);
        const relocated = await app.get(VenueRelocation).relocate();
        console.log(
          `venues re-placed: ${relocated.fromOutcode} from their outward code's centre to their postcode, ${relocated.moved} moved by the new edition`,
        );
        await app.get(OutboxRelay).drain();
        return;
      }
      const maintenance = app.get(IndexMaintenance);
      if (command === 'search:rebuild') {
        const result = await maintenance.rebuild({ progress: true });
        console.log(`rebuilt: ${result.documents} documents; drift repaired afterwards: ${JSON.stringify(result.reconcile)}`);
      } else {
        console.log(`reconciled: ${JSON.stringify(await maintenance.reconcile())}`);
      }
      // Repairs travel through the outbox; send them now in case no api is running.
      const sent = await app.get(OutboxRelay).drain();
      if (sent) console.log(`sent ${sent} pending changes to the index`);
    } finally {
      await app.close();
      await dataSource.destroy();
    }
  } finally {
    await infrastructure.stop();
  }
}

main().catch((error) => {
  console.error(
    error instanceof ConfigError ||
      error instanceof DomainError ||
      error instanceof FeedError ||
      error instanceof GazetteerFileError ||
      error instanceof DeprivationFileError ||
      error instanceof PopulationFileError
      ? error.message
      : `Failed: ${error instanceof Error ? error.message : error}`,
  );
  process.exit(1);
});
