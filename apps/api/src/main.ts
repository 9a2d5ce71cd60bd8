import 'reflect-metadata';
import { ConfigError, loadConfig } from '@app/config';
import { createLogger } from '@app/common';
import { seedDemoData } from '@app/demo';
import { createApi, openAppDatabase, startInfrastructure } from '@app/platform';
import { FreshnessReminderJob } from '@app/workspace';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const infrastructure = await startInfrastructure(config, logger);
  const dataSource = await openAppDatabase(infrastructure.databaseUrl);
  const app = await createApi(config, logger, infrastructure, dataSource);
  if (config.demoData && (await seedDemoData(app, logger))) {
    // The demo's due and stale listings get their reminders at once, so a newcomer can read them at /dev/mail.
    await app.get(FreshnessReminderJob).run();
  }
  await app.listen(config.port, config.host);
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  logger.info(
    {
      url: `http://${shown}:${config.port}/`,
      listening: `${config.host}:${config.port}`,
      health: `http://${shown}:${config.port}/health`,
      dataDir: infrastructure.embedded ? config.dataDir : undefined,
    },
    'community asset directory is ready',
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // In this order: requests and relays finish while PostgreSQL and Meilisearch are still up.
    try {
      await app.close();
      await dataSource.destroy();
    } catch (error) {
      logger.error({ err: error }, 'the api did not close cleanly');
    } finally {
      await infrastructure.stop();
      process.exit(0);
    }
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(signal));
}

main().catch((error) => {
  console.error('The api could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
