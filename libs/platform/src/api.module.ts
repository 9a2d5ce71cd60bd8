import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { Logger } from 'pino';
import { ClsModule } from 'nestjs-cls';
import { ClsPluginTransactional } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DataSource } from 'typeorm';
import { AccessModule } from '@app/access';
import { AccountsModule } from '@app/accounts';
import { AssuranceModule } from '@app/assurance';
import { AppConfig, ConfigModule } from '@app/config';
import {
  Clock,
  ClockModule,
  costLimitPlugin,
  createErrorFormatter,
  createValidationPipe,
  DomainErrorFilter,
  LoggerModule,
  partialResultStatusPlugin,
  queryLimitRules,
} from '@app/common';
import { DirectoryModule, FreshnessPolicyModule, LISTING_RESUME_INTERVAL, ListingResumeJob } from '@app/directory';
import { GeoModule } from '@app/geo';
import { DatabaseHealth, HEALTH_CHECKS, HealthController } from '@app/health';
import { OutboxModule } from '@app/outbox';
import { MeilisearchHealth, OutboxHealth, SearchModule } from '@app/search';
import { TaxonomyModule } from '@app/taxonomy';
import { UsageModule } from '@app/usage';
import { OpenReferralModule } from '@app/open-referral';
import { WorkspaceModule } from '@app/workspace';
import { Infrastructure } from './infrastructure';
import { SiteSettingsResolver } from './site/site-settings.resolver';
import { createHmac } from 'node:crypto';
import { MailModule } from '@app/mail';

export interface ApiModuleOptions {
  config: AppConfig;
  logger: Logger;
  infrastructure: Pick<Infrastructure, 'meiliHost' | 'meiliApiKey' | 'jwtSecret' | 'personRefSecret' | 'contactKey'>;
  dataSource: DataSource;
  runRelay?: boolean;
  /** Tests move time; everything else runs on the system clock. */
  clock?: Clock;
}

/** Shares the already-open DataSource (migrated before Nest starts) with every feature. */
@Global()
@Module({})
class DataSourceModule {
  static forRoot(dataSource: DataSource): DynamicModule {
    return { module: DataSourceModule, providers: [{ provide: DataSource, useValue: dataSource }], exports: [DataSource] };
  }
}

@Module({})
export class ApiModule {
  static forRoot({ config, logger, infrastructure, dataSource, runRelay = true, clock }: ApiModuleOptions): DynamicModule {
    const production = config.nodeEnv === 'production';
    const database = DataSourceModule.forRoot(dataSource);
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(logger),
        ClockModule.forRoot(clock),
        database,
        ClsModule.forRoot({
          global: true,
          plugins: [new ClsPluginTransactional({ imports: [database], adapter: new TransactionalAdapterTypeOrm({ dataSourceToken: DataSource }) })],
        }),
        OutboxModule,
        GeoModule,
        TaxonomyModule,
        AccessModule,
        AccountsModule.forRoot({ secret: infrastructure.jwtSecret, ttlSeconds: config.jwtTtlSeconds }),
        FreshnessPolicyModule.forRoot({ staleAfterDays: config.staleAfterDays }),
        DirectoryModule,
        AssuranceModule.forRoot({ dataDir: config.dataDir, lapseIntervalMs: runRelay ? config.lapseIntervalMs : 0 }),
        OpenReferralModule.forRoot({
          rateLimitPerMinute: config.orukRateLimitPerMinute,
          publish: config.orukPublish,
          assurerContact: config.assuranceContactEmail,
        }),
        UsageModule.forRoot({
          personRefSecret: infrastructure.personRefSecret,
          contactKey: infrastructure.contactKey,
          referrals: {
            reminderWorkingDays: config.referralReminderWorkingDays,
            noResponseWorkingDays: config.referralNoResponseWorkingDays,
            contactRetentionDays: config.contactRetentionDays,
            jobIntervalMs: runRelay ? config.referralJobIntervalMs : 0,
            notificationIntervalMs: runRelay ? config.notificationIntervalMs : 0,
            publicUrl: config.publicUrl,
          },
        }),
        MailModule.forRoot({ smtpUrl: config.smtpUrl, from: config.mailFrom, dataDir: config.dataDir }),
        WorkspaceModule.forRoot({
          intervalMs: runRelay ? config.freshnessReminderIntervalMs : 0,
          publicUrl: config.publicUrl,
          linkSecret: createHmac('sha256', infrastructure.jwtSecret).update('confirm-links').digest('hex'),
        }),
        SearchModule.forRoot({
          host: infrastructure.meiliHost,
          apiKey: infrastructure.meiliApiKey,
          index: config.meiliIndex,
          relay: { intervalMs: config.relayIntervalMs, batchSize: config.relayBatchSize, concurrency: config.relayConcurrency },
          runRelay,
          reconcileIntervalMs: config.reconcileIntervalMs,
        }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
          csrfPrevention: true,
          // Our errors carry their own HTTP status (DomainError); partialResultStatusPlugin keeps 200 for partial data.
          autoTransformHttpErrors: false,
          preserveHttpStatusForExecutionErrors: false,
          introspection: !production,
          hideSchemaDetailsFromClientErrors: production,
          includeStacktraceInErrorResponses: false,
          playground: false,
          // The parser stops at this many tokens, so no document is big enough to make validation slow.
          parseOptions: { maxTokens: config.graphqlMaxTokens },
          // We set no cache hints; this saves a hook on every field.
          plugins: [ApolloServerPluginCacheControlDisabled(), costLimitPlugin(config.graphqlMaxCost), partialResultStatusPlugin()],
          formatError: createErrorFormatter(logger, { hideSchema: production }),
          validationRules: queryLimitRules({
            maxDepth: config.graphqlMaxDepth,
            maxCost: config.graphqlMaxCost,
            maxAliases: config.graphqlMaxAliases,
            maxRootFields: config.graphqlMaxRootFields,
            maxDirectives: 20,
          }),
        }),
      ],
      controllers: [HealthController],
      providers: [
        SiteSettingsResolver,
        { provide: LISTING_RESUME_INTERVAL, useValue: runRelay ? config.lapseIntervalMs : 0 },
        ListingResumeJob,
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        DatabaseHealth,
        {
          provide: HEALTH_CHECKS,
          useFactory: (...checks: unknown[]) => checks,
          inject: [DatabaseHealth, MeilisearchHealth, OutboxHealth],
        },
      ],
    };
  }
}
