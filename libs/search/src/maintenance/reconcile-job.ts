import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { LOGGER, PeriodicJob, PeriodicSchedule } from '@app/common';
import { IndexMaintenance } from './index-maintenance';

export const RECONCILE_INTERVAL = Symbol('RECONCILE_INTERVAL');

/** Reconciles the index with PostgreSQL periodically (0 turns it off). */
@Injectable()
export class ReconcileJob extends PeriodicJob {
  constructor(
    private readonly maintenance: IndexMaintenance,
    @Inject(RECONCILE_INTERVAL) private readonly intervalMs: number,
    @Inject(LOGGER) protected readonly logger: Logger,
  ) {
    super();
  }

  protected schedule(): PeriodicSchedule {
    return {
      intervalMs: this.intervalMs,
      failure: 'periodic reconcile failed; will try again',
    };
  }

  run(): Promise<unknown> {
    return this.maintenance.reconcile();
  }
}
