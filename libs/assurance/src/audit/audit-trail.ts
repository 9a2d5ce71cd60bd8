import { CLOCK, Clock } from '@app/common';
import { Inject, Injectable } from '@nestjs/common';
import { ADVISORY_LOCKS, holdTransactionLock, Transactions } from '@app/database';
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
    private readonly transactions: Transactions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private get events() {
    return this.transactions.tx.getRepository(AuditEventEntity);
  }

  /** Appends inside the current transaction; the lock keeps the chain in one order across replicas. */
  async append(entry: AuditEntry): Promise<AuditEventEntity> {
    const em = this.transactions.tx;
    await holdTransactionLock(em, ADVISORY_LOCKS.auditChain);
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
    return this.events.save(this.events.create({ ...fields, previousHash, hash: auditHash(previousHash, fields) }));
  }

  /** Recomputes every hash in order: an edited, inserted or removed row breaks the chain there. */
  async verify(): Promise<AuditChainResult> {
    let previousHash = GENESIS_HASH;
    let events = 0;
    let after = '0';
    for (;;) {
      const page = await this.events.createQueryBuilder('e').where('e.id > :after', { after }).orderBy('e.id', 'ASC').limit(PAGE).getMany();
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

  /** The organisation's latest status change to `to`, if any. */
  latestStatusChangeTo(organisationId: string, to: string): Promise<AuditEventEntity | null> {
    return this.events
      .createQueryBuilder('e')
      .where('e.organisation_id = :organisationId', { organisationId })
      .andWhere(`e.action = 'ORGANISATION_STATUS_CHANGED'`)
      .andWhere(`e.details::jsonb->>'to' = :to`, { to })
      .orderBy('e.id', 'DESC')
      .getOne();
  }

  /** The actions recorded so far, for filtering. */
  async actions(): Promise<string[]> {
    const rows: { action: string }[] = await this.transactions.tx.query('SELECT DISTINCT action FROM audit_events ORDER BY action');
    return rows.map((r) => r.action);
  }

  /** Each organisation's status (and assured date) after its last status change at or before the moment. */
  async statusesAt(moment: Date): Promise<{ organisationId: string; status: string; assuredUntil: string | null }[]> {
    const rows: { organisation_id: string; status: string; assured_until: string | null }[] = await this.transactions.tx.query(
      `SELECT DISTINCT ON (organisation_id) organisation_id, details::jsonb->>'to' AS status, details::jsonb->>'assuredUntil' AS assured_until
         FROM audit_events
        WHERE action = 'ORGANISATION_STATUS_CHANGED' AND at <= $1
        ORDER BY organisation_id, id DESC`,
      [moment],
    );
    return rows.map((r) => ({ organisationId: r.organisation_id, status: r.status, assuredUntil: r.assured_until }));
  }

  list(filter: { organisationId?: string; from?: Date; to?: Date; action?: string }, limit = 1000): Promise<AuditEventEntity[]> {
    const query = this.events.createQueryBuilder('e').orderBy('e.id', 'ASC').limit(limit);
    if (filter.organisationId) query.andWhere('e.organisation_id = :organisationId', { organisationId: filter.organisationId });
    if (filter.from) query.andWhere('e.at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('e.at <= :to', { to: filter.to });
    if (filter.action) query.andWhere('e.action = :action', { action: filter.action });
    return query.getMany();
  }
}
