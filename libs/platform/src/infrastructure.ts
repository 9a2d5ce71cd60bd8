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
  const stops: (() => Promise<void>)[] = [];
  try {
    let databaseUrl = config.databaseUrl;
    if (!databaseUrl) {
      const pg = await startEmbeddedPostgres(config.dataDir, logger);
      stops.push(() => pg.stop());
      databaseUrl = pg.url;
    }
    let meiliHost = config.meiliHost;
    let meiliApiKey = config.meiliApiKey;
    if (!meiliHost || !meiliApiKey) {
      const meili = await MeiliProcess.start(config.dataDir, logger);
      stops.push(() => meili.stop());
      meiliHost = meili.host;
      meiliApiKey = meili.apiKey;
    }
    return {
      databaseUrl,
      meiliHost,
      meiliApiKey,
      jwtSecret: config.jwtSecret ?? persistentSecret(config.dataDir, 'jwt-secret'),
      personRefSecret: config.personRefSecret ?? persistentSecret(config.dataDir, 'person-ref-secret'),
      contactKey: config.contactKey ?? persistentSecret(config.dataDir, 'contact-key'),
      embedded: !config.databaseUrl,
      stop: async () => {
        for (const stop of stops.reverse()) await stop().catch((err) => logger.error({ err }, 'error while stopping'));
      },
    };
  } catch (error) {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    throw error;
  }
}
