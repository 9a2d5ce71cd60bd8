import { ConfigError, loadConfig } from './app-config';

const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
};

describe('loadConfig', () => {
  it('has working defaults for the embedded setup', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ nodeEnv: 'development', port: 3000, demoData: true, orukPublish: 'assured', orukRateLimitPerMinute: 600 });
    expect(config.databaseUrl).toBeUndefined();
  });

  it('names each bad variable and what it should be, all at once', () => {
    expect(problemsOf({ PORT: 'eighty', ORUK_PUBLISH: 'everything', MEILI_HOST: 'http://meili:7700', JWT_SECRET: 'short' })).toEqual([
      'MEILI_API_KEY is required when MEILI_HOST is set',
      'JWT_SECRET must be at least 32 characters',
      'PORT must be a whole number from 0 to 65535 (got "eighty")',
      'ORUK_PUBLISH must be one of assured, all (got "everything")',
    ]);
  });

  it('publishes every active listing over Open Referral when ORUK_PUBLISH=all', () => {
    expect(loadConfig({ ORUK_PUBLISH: 'all' }).orukPublish).toBe('all');
  });

  it('refuses a production start without external services and secrets, or with demo data', () => {
    const problems = problemsOf({ NODE_ENV: 'production', DEMO_DATA: 'true' });
    expect(problems).toEqual(
      expect.arrayContaining([
        'DATABASE_URL is required when NODE_ENV=production',
        'JWT_SECRET is required when NODE_ENV=production',
        'SMTP_URL is required when NODE_ENV=production',
        'DEMO_DATA cannot be true when NODE_ENV=production',
      ]),
    );
  });
});
