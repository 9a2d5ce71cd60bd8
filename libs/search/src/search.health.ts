import { Inject, Injectable } from '@nestjs/common';
import { HealthCheck } from '@app/health';
import { MeiliClient } from './meili/meili-client';
import { ACTIVITY_INDEX, MEILI_CLIENT } from './meili/meili.tokens';
import { OutboxRelay } from './relay/outbox-relay';

@Injectable()
export class MeilisearchHealth implements HealthCheck {
  readonly name = 'meilisearch';
  constructor(
    @Inject(MEILI_CLIENT) private readonly meili: MeiliClient,
    @Inject(ACTIVITY_INDEX) private readonly index: string,
  ) {}

  async check() {
    const started = Date.now();
    await this.meili.health();
    const [{ pkgVersion }, stats] = await Promise.all([this.meili.version(), this.meili.stats(this.index)]);
    return { status: 'up' as const, version: pkgVersion, index: this.index, documents: stats.numberOfDocuments, latencyMs: Date.now() - started };
  }
}

/**
 * The outbox backlog: rows not yet applied to the index, and how old the oldest is. Until this process
 * has once seen the index catch up (nothing left but rows that keep failing), it is `starting`, so a
 * first search after /health says ok finds what the database holds.
 */
@Injectable()
export class OutboxHealth implements HealthCheck {
  readonly name = 'searchOutbox';
  private caughtUp = false;
  constructor(private readonly relay: OutboxRelay) {}

  async check() {
    const backlog = await this.relay.backlog();
    this.caughtUp ||= backlog.pending === backlog.failing;
    return { status: this.caughtUp ? ('up' as const) : ('starting' as const), ...backlog };
  }
}
