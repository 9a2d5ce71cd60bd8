import type { Logger } from 'pino';
import { AppConfig } from '@app/config';
import { persistentSecret } from '@app/common';
import { startEmbeddedPostgres } from '@app/database';
import { MeiliProcess } from '@app/search';

/** Where the real dependencies are, whether embedded (started or attached here) or external. */
export interface Infrastructure {
  databaseUrl: string;
  meiliHost: string;
  meiliApiKey: string;
  jwtSecret: string;
  /** Key of the HMAC that stores person references (PERSON_REF_SECRET, or generated once in DATA_DIR). */
  personRefSecret: string;
  /** AES-256 key for contact handoffs (CONTACT_KEY, or generated once in DATA_DIR). */
  contactKey: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export async function startInfrastructure(config: AppConfig, logger: Logger): Promise<Infrastructure> {
  const noStop = () => Promise.resolve();
  // Neither waits for the other: started side by side, a second start is ~0.2 s sooner.
  const [database, search] = await Promise.allSettled([
    config.databaseUrl ? Promise.resolve({ url: config.databaseUrl, stop: noStop }) : startEmbeddedPostgres(config.dataDir, logger),
    config.meiliHost && config.meiliApiKey
      ? Promise.resolve({ host: config.meiliHost, apiKey: config.meiliApiKey, stop: noStop })
      : MeiliProcess.start(config.dataDir, logger),
  ]);
  // Meilisearch stops first, then PostgreSQL, as when they started one after the other.
  const stop = async (onError: (err: unknown) => void) => {
    for (const started of [search, database]) {
      if (started.status === 'fulfilled') await started.value.stop().catch(onError);
    }
  };
  if (database.status === 'rejected' || search.status === 'rejected') {
    await stop(() => undefined);
    throw [database, search].find((started): started is PromiseRejectedResult => started.status === 'rejected')!.reason;
  }
  return {
    databaseUrl: database.value.url,
    meiliHost: search.value.host,
    meiliApiKey: search.value.apiKey,
    jwtSecret: config.jwtSecret ?? persistentSecret(config.dataDir, 'jwt-secret'),
    personRefSecret: config.personRefSecret ?? persistentSecret(config.dataDir, 'person-ref-secret'),
    contactKey: config.contactKey ?? persistentSecret(config.dataDir, 'contact-key'),
    embedded: !config.databaseUrl,
    stop: () => stop((err) => logger.error({ err }, 'error while stopping')),
  };
}
