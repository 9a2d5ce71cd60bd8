import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { LOGGER } from '@app/common';
import { IndexMaintenance } from './index-maintenance';

export const RECONCILE_INTERVAL = Symbol('RECONCILE_INTERVAL');

/** Reconciles the index with PostgreSQL periodically (0 turns it off). */
@Injectable()
export class ReconcileJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly maintenance: IndexMaintenance,
    @Inject(RECONCILE_INTERVAL) private readonly intervalMs: number,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.intervalMs) return;
    this.timer = setInterval(() => {
      this.maintenance.reconcile().catch((err) => this.logger.warn({ err }, 'periodic reconcile failed; will try again'));
    }, this.intervalMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }
}
