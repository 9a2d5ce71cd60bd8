import { CLOCK, Clock } from '@app/common';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ADVISORY_LOCKS } from '@app/database';
import { AuditEventEntity } from './audit-event.entity';
import { auditHash, GENESIS_HASH } from './audit-hash';

const PAGE = 5000;

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  organisationId: string | null;
  details?: Record<string, unknown>;
}

export interface AuditChainResult {
  valid: boolean;
  events: number;
  firstBrokenEventId: string | null;
}

/** The append-only, hash-chained record of every assurance event. */
@Injectable()
export class AuditTrail {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Appends inside the caller's transaction; the lock keeps the chain in one order across replicas. */
  async append(em: EntityManager, entry: AuditEntry): Promise<AuditEventEntity> {
    await em.query('SELECT pg_advisory_xact_lock($1)', [ADVISORY_LOCKS.auditChain]);
    const [last] = await em.query('SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1');
    const previousHash: string = last?.hash ?? GENESIS_HASH;
    const fields = {
      at: this.clock.now(),
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      organisationId: entry.organisationId,
      details: entry.details === undefined ? null : JSON.stringify(entry.details),
    };
    const repo = em.getRepository(AuditEventEntity);
    return repo.save(repo.create({ ...fields, previousHash, hash: auditHash(previousHash, fields) }));
  }

  /** Recomputes every hash in order: an edited, inserted or removed row breaks the chain there. */
  async verify(): Promise<AuditChainResult> {
    let previousHash = GENESIS_HASH;
    let events = 0;
    let after = '0';
    for (;;) {
      const page = await this.dataSource
        .getRepository(AuditEventEntity)
        .createQueryBuilder('e')
        .where('e.id > :after', { after })
        .orderBy('e.id', 'ASC')
        .limit(PAGE)
        .getMany();
      for (const event of page) {
        events += 1;
        if (event.previousHash !== previousHash || auditHash(previousHash, event) !== event.hash) {
          return { valid: false, events, firstBrokenEventId: event.id };
        }
        previousHash = event.hash;
      }
      if (page.length < PAGE) return { valid: true, events, firstBrokenEventId: null };
      after = page[page.length - 1].id;
    }
  }

  list(filter: { organisationId?: string; from?: Date; to?: Date }, limit = 1000): Promise<AuditEventEntity[]> {
    const query = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('e').orderBy('e.id', 'ASC').limit(limit);
    if (filter.organisationId) query.andWhere('e.organisation_id = :organisationId', { organisationId: filter.organisationId });
    if (filter.from) query.andWhere('e.at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('e.at <= :to', { to: filter.to });
    return query.getMany();
  }
}
