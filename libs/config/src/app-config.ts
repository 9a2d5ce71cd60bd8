import * as fs from 'node:fs';
import * as path from 'node:path';

/** Everything the product reads from the environment, validated once at boot. */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  /** The address to listen on: 127.0.0.1 unless production (then every interface, as in a container). */
  host: string;
  /** How many proxies in front set X-Forwarded-For (0: none; the client's address is the socket's). */
  trustProxy: number;
  dataDir: string;
  /** Unset: start (or attach to) the embedded PostgreSQL in `$DATA_DIR/postgres`. */
  databaseUrl?: string;
  /** Unset together with meiliApiKey: start (or attach to) the embedded Meilisearch. */
  meiliHost?: string;
  meiliApiKey?: string;
  meiliIndex: string;
  /** Unset: generated once and kept in `$DATA_DIR/jwt-secret` (embedded default only). */
  jwtSecret?: string;
  jwtTtlSeconds: number;
  /** Key for hashing person references; unset: generated once into `$DATA_DIR/person-ref-secret`. */
  personRefSecret?: string;
  /** AES-256 key (64 hex characters) sealing contact handoffs; unset: generated once into `$DATA_DIR/contact-key`. */
  contactKey?: string;
  /** A contact handoff is erased this many days after its connection closes. */
  contactRetentionDays: number;
  /** Working days without an answer before the group is reminded and the link worker told. */
  referralReminderWorkingDays: number;
  /** Working days without an answer before a referral is marked NO_RESPONSE. */
  referralNoResponseWorkingDays: number;
  /** How often referral deadlines, flags and contact retention are worked through (0: never). */
  referralJobIntervalMs: number;
  /** How often owed notification mails are sent (0: never); digests go once a day. */
  notificationIntervalMs: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  demoData: boolean;
  bodyLimit: string;
  graphqlMaxDepth: number;
  graphqlMaxCost: number;
  graphqlMaxAliases: number;
  graphqlMaxRootFields: number;
  graphqlMaxTokens: number;
  /** GraphQL requests per client per minute: anonymous callers by address, signed-in users by account. */
  graphqlRateLimitPerMinute: number;
  /** Longest a request may take to arrive, headers included. */
  requestTimeoutMs: number;
  /** The assurance scheme's shared mailbox, published with assured services (ORUK assurer_email); never a person's. */
  assuranceContactEmail?: string;
  /** The built web app (dist/web), served at / */
  webDir: string;
  /** Map tiles for the web app's map view, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png */
  mapTileUrl: string;
  mapAttribution: string;
  relayIntervalMs: number;
  relayBatchSize: number;
  relayConcurrency: number;
  reconcileIntervalMs: number;
  lapseIntervalMs: number;
  /** A listing not confirmed by its group for longer than this is STALE. */
  staleAfterDays: number;
  /** How often the freshness reminders are worked out (0: never); each organisation gets at most one a week. */
  freshnessReminderIntervalMs: number;
  /** The mail relay (smtp:// or smtps://); unset: mail is caught in DATA_DIR/mail and listed at /dev/mail. */
  smtpUrl?: string;
  mailFrom: string;
  /** Where people reach the web app, for links in emails. */
  publicUrl: string;
  orukRateLimitPerMinute: number;
  /** What the Open Referral UK API and export publish: active listings of assured organisations, or every active listing. */
  orukPublish: 'assured' | 'all';
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
    return fallback;
  }
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T, problems: string[]): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!allowed.includes(raw as T)) {
    problems.push(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
    return fallback;
  }
  return raw as T;
}

function url(env: Env, name: string, protocols: string[], problems: string[]): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  try {
    const parsed = new URL(raw);
    if (!protocols.includes(parsed.protocol)) {
      problems.push(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')} (got "${parsed.protocol}//…")`);
    }
  } catch {
    problems.push(`${name} is not a valid URL`);
  }
  return raw;
}

function email(env: Env, name: string, problems: string[]): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(raw)) problems.push(`${name} must be an email address (got "${raw}")`);
  return raw;
}

function boolean(env: Env, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
  if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
  problems.push(`${name} must be true or false (got "${raw}")`);
  return fallback;
}

/** The folder holding package.json, from wherever this file runs (the source tree or dist). */
function projectRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development', problems);
  const production = nodeEnv === 'production';

  const databaseUrl = url(env, 'DATABASE_URL', ['postgres:', 'postgresql:'], problems);
  const meiliHost = url(env, 'MEILI_HOST', ['http:', 'https:'], problems);
  const meiliApiKey = env.MEILI_API_KEY || undefined;
  if (meiliHost && !meiliApiKey) problems.push('MEILI_API_KEY is required when MEILI_HOST is set');
  if (!meiliHost && meiliApiKey) problems.push('MEILI_HOST is required when MEILI_API_KEY is set');

  const jwtSecret = env.JWT_SECRET || undefined;
  if (jwtSecret !== undefined && jwtSecret.length < 32) problems.push('JWT_SECRET must be at least 32 characters');
  const personRefSecret = env.PERSON_REF_SECRET || undefined;
  if (personRefSecret !== undefined && personRefSecret.length < 32) problems.push('PERSON_REF_SECRET must be at least 32 characters');
  const contactKey = env.CONTACT_KEY || undefined;
  if (contactKey !== undefined && !/^[0-9a-fA-F]{64}$/.test(contactKey)) problems.push('CONTACT_KEY must be 64 hexadecimal characters (a 32-byte key)');
  if (production) {
    if (!contactKey) problems.push('CONTACT_KEY is required when NODE_ENV=production');
    if (!databaseUrl) problems.push('DATABASE_URL is required when NODE_ENV=production');
    if (!meiliHost) problems.push('MEILI_HOST and MEILI_API_KEY are required when NODE_ENV=production');
    if (!jwtSecret) problems.push('JWT_SECRET is required when NODE_ENV=production');
    if (!personRefSecret) problems.push('PERSON_REF_SECRET is required when NODE_ENV=production');
    if (!env.SMTP_URL) problems.push('SMTP_URL is required when NODE_ENV=production');
  }

  const meiliIndex = env.MEILI_INDEX || 'activities';
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(meiliIndex)) problems.push('MEILI_INDEX may contain only letters, digits, - and _');
  const bodyLimit = env.BODY_LIMIT || '100kb';
  if (!/^\d+(b|kb|mb)$/i.test(bodyLimit)) problems.push(`BODY_LIMIT must look like 100kb or 1mb (got "${bodyLimit}")`);

  const config: AppConfig = {
    nodeEnv,
    port: integer(env, 'PORT', 3000, 0, 65535, problems),
    host: env.HOST || (production ? '0.0.0.0' : '127.0.0.1'),
    trustProxy: integer(env, 'TRUST_PROXY', 0, 0, 10, problems),
    dataDir: path.resolve(env.DATA_DIR || './.data'),
    databaseUrl,
    meiliHost,
    meiliApiKey,
    meiliIndex,
    jwtSecret,
    personRefSecret,
    contactKey,
    contactRetentionDays: integer(env, 'CONTACT_RETENTION_DAYS', 90, 1, 3650, problems),
    referralReminderWorkingDays: integer(env, 'REFERRAL_REMINDER_WORKING_DAYS', 5, 1, 60, problems),
    referralNoResponseWorkingDays: integer(env, 'REFERRAL_NO_RESPONSE_WORKING_DAYS', 10, 2, 120, problems),
    referralJobIntervalMs: integer(env, 'REFERRAL_JOB_INTERVAL_MS', 10 * 60_000, 0, 24 * 3600_000, problems),
    notificationIntervalMs: integer(env, 'NOTIFICATION_INTERVAL_MS', 10_000, 0, 3600_000, problems),
    jwtTtlSeconds: integer(env, 'JWT_TTL_SECONDS', 8 * 3600, 60, 30 * 24 * 3600, problems),
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info', problems),
    demoData: boolean(env, 'DEMO_DATA', !production, problems),
    bodyLimit,
    graphqlMaxDepth: integer(env, 'GRAPHQL_MAX_DEPTH', 10, 2, 10, problems),
    graphqlMaxCost: integer(env, 'GRAPHQL_MAX_COST', 5000, 10, 1_000_000, problems),
    graphqlMaxAliases: integer(env, 'GRAPHQL_MAX_ALIASES', 15, 0, 1000, problems),
    graphqlMaxRootFields: integer(env, 'GRAPHQL_MAX_ROOT_FIELDS', 12, 1, 1000, problems),
    graphqlMaxTokens: integer(env, 'GRAPHQL_MAX_TOKENS', 3000, 100, 100_000, problems),
    graphqlRateLimitPerMinute: integer(env, 'GRAPHQL_RATE_LIMIT_PER_MINUTE', 600, 1, 10_000_000, problems),
    requestTimeoutMs: integer(env, 'REQUEST_TIMEOUT_MS', 60_000, 1000, 600_000, problems),
    assuranceContactEmail: email(env, 'ASSURANCE_CONTACT_EMAIL', problems),
    webDir: path.resolve(env.WEB_DIR || path.join(projectRoot(), 'dist', 'web')),
    mapAttribution: env.MAP_ATTRIBUTION || '© OpenStreetMap contributors',
    mapTileUrl: url(env, 'MAP_TILE_URL', ['https:', 'http:'], problems) ?? 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    relayIntervalMs: integer(env, 'OUTBOX_RELAY_INTERVAL_MS', 200, 10, 60_000, problems),
    relayBatchSize: integer(env, 'OUTBOX_RELAY_BATCH_SIZE', 5000, 1, 10_000, problems),
    relayConcurrency: integer(env, 'OUTBOX_RELAY_CONCURRENCY', 4, 1, 16, problems),
    reconcileIntervalMs: integer(env, 'RECONCILE_INTERVAL_MS', 15 * 60_000, 1000, 24 * 3600_000, problems),
    lapseIntervalMs: integer(env, 'ASSURANCE_LAPSE_INTERVAL_MS', 3600_000, 0, 24 * 3600_000, problems),
    staleAfterDays: integer(env, 'STALE_AFTER_DAYS', 183, 31, 3650, problems),
    freshnessReminderIntervalMs: integer(env, 'FRESHNESS_REMINDER_INTERVAL_MS', 6 * 3600_000, 0, 24 * 3600_000, problems),
    smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:'], problems),
    mailFrom: env.MAIL_FROM || 'Community activities directory <no-reply@localhost>',
    publicUrl: (url(env, 'PUBLIC_URL', ['https:', 'http:'], problems) ?? `http://localhost:${env.PORT || 3000}`).replace(/\/$/, ''),
    orukRateLimitPerMinute: integer(env, 'ORUK_RATE_LIMIT_PER_MINUTE', 600, 1, 1_000_000, problems),
    orukPublish: oneOf(env, 'ORUK_PUBLISH', ['assured', 'all'] as const, 'assured', problems),
  };
  if (config.referralNoResponseWorkingDays <= config.referralReminderWorkingDays)
    problems.push('REFERRAL_NO_RESPONSE_WORKING_DAYS must be more than REFERRAL_REMINDER_WORKING_DAYS');
  if (production && config.demoData) problems.push('DEMO_DATA cannot be true when NODE_ENV=production');
  if (!/^[0-9a-fA-F:.]+$/.test(config.host) && config.host !== 'localhost')
    problems.push(`HOST must be an IP address such as 127.0.0.1 or 0.0.0.0 (got "${config.host}")`);
  if (problems.length) throw new ConfigError(problems);
  return config;
}
