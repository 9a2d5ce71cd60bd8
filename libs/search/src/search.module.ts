import { DynamicModule, Inject, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DirectoryModule } from '@app/directory';
import { DemandLog } from './demand/demand-log';
import { ActivityDocuments } from './index/activity-documents';
import { SearchIndex } from './index/search-index';
import { MeiliClient } from './meili/meili-client';
import { ACTIVITY_INDEX, MEILI_CLIENT } from './meili/meili.tokens';
import { SearchResolver } from './query/search.resolver';
import { SearchService } from './query/search.service';
import { HydratedActivities } from './query/hydrated-activities';
import { DirectoryChanges } from './query/directory-changes';
import { KnownSpots } from './query/geo/known-spots';
import { OutboxRelay, RELAY_SETTINGS, RelaySettings } from './relay/outbox-relay';
import { MeilisearchHealth, OutboxHealth } from './search.health';
import { IndexMaintenance } from './maintenance/index-maintenance';
import { RECONCILE_INTERVAL, ReconcileJob } from './maintenance/reconcile-job';

export interface SearchModuleOptions {
  host: string;
  apiKey: string;
  index: string;
  relay: RelaySettings;
  /** Start the outbox relay and the periodic reconcile with the app (the api does; commands do not). */
  runRelay: boolean;
  reconcileIntervalMs: number;
}

const SEARCH_OPTIONS = Symbol('SEARCH_OPTIONS');

@Module({})
export class SearchModule implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly index: SearchIndex,
    private readonly relay: OutboxRelay,
    @Inject(MEILI_CLIENT) private readonly meili: MeiliClient,
    @Inject(SEARCH_OPTIONS) private readonly options: SearchModuleOptions,
  ) {}

  static forRoot(options: SearchModuleOptions): DynamicModule {
    return {
      module: SearchModule,
      global: true, // the Open Referral API reads the same index
      imports: [DirectoryModule],
      providers: [
        { provide: SEARCH_OPTIONS, useValue: options },
        { provide: MEILI_CLIENT, useFactory: () => new MeiliClient(options.host, options.apiKey) },
        { provide: ACTIVITY_INDEX, useValue: options.index },
        { provide: RELAY_SETTINGS, useValue: options.relay },
        { provide: RECONCILE_INTERVAL, useValue: options.runRelay ? options.reconcileIntervalMs : 0 },
        IndexMaintenance,
        ReconcileJob,
        ActivityDocuments,
        SearchIndex,
        OutboxRelay,
        DemandLog,
        DirectoryChanges,
        HydratedActivities,
        KnownSpots,
        SearchService,
        SearchResolver,
        MeilisearchHealth,
        OutboxHealth,
      ],
      exports: [IndexMaintenance, MEILI_CLIENT, ACTIVITY_INDEX, SearchIndex, OutboxRelay, ActivityDocuments, SearchService, MeilisearchHealth, OutboxHealth],
    };
  }

  /** Settings go on before any document is sent; then the relay starts. */
  async onApplicationBootstrap(): Promise<void> {
    await this.index.ensureReady();
    if (this.options.runRelay) this.relay.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay.stop();
    this.meili.close();
  }
}
