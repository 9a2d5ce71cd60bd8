import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { LOGGER, runPeriodically } from '@app/common';
import { IndexMaintenance } from './index-maintenance';

export const RECONCILE_INTERVAL = Symbol('RECONCILE_INTERVAL');

/** Reconciles the index with PostgreSQL periodically (0 turns it off). */
@Injectable()
export class ReconcileJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private stop = () => {};

  constructor(
    private readonly maintenance: IndexMaintenance,
    @Inject(RECONCILE_INTERVAL) private readonly intervalMs: number,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.stop = runPeriodically(() => this.maintenance.reconcile(), {
      intervalMs: this.intervalMs,
      logger: this.logger,
      failure: 'periodic reconcile failed; will try again',
    });
  }

  onApplicationShutdown(): void {
    this.stop();
  }
}
