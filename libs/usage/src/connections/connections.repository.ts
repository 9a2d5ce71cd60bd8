import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';
import { ConnectionOutcome } from '../usage-enums';
import { ConnectionOutcomeEventEntity } from './connection-outcome-event.entity';
import { ConnectionEntity } from './connection.entity';

export interface ConnectionPage {
  owner: { linkWorkerId: string; personRefHash?: string } | { organisationId: string; activityId?: string };
  outcome?: ConnectionOutcome;
  after?: { at: Date; id: string };
  before?: { at: Date; id: string };
  limit: number;
}

/** Connections and the history of their outcomes. */
@Injectable()
export class ConnectionsRepository {
  constructor(private readonly transactions: Transactions) {}

  private get connections() {
    return this.transactions.tx.getRepository(ConnectionEntity);
  }

  private get events() {
    return this.transactions.tx.getRepository(ConnectionOutcomeEventEntity);
  }

  findById(id: string): Promise<ConnectionEntity | null> {
    return this.connections.findOneBy({ id });
  }

  lockById(id: string): Promise<ConnectionEntity | null> {
    return this.connections.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  insert(values: Partial<ConnectionEntity>): Promise<ConnectionEntity> {
    return this.connections.save(this.connections.create(values));
  }

  save(connection: ConnectionEntity): Promise<ConnectionEntity> {
    return this.connections.save(connection);
  }

  async recordOutcome(connectionId: string, outcome: ConnectionOutcome, actorId: string | null, at: Date): Promise<void> {
    await this.events.insert({ connectionId, outcome, actorId, at });
  }

  /** Newest first, keyset-paged on (created_at, id) so that any page is as quick as the first. */
  async page({ owner, outcome, after, before, limit }: ConnectionPage): Promise<ConnectionEntity[]> {
    const query = this.connections.createQueryBuilder('c');
    if ('linkWorkerId' in owner) {
      query.where('c.link_worker_id = :owner', { owner: owner.linkWorkerId });
      if (owner.personRefHash) query.andWhere('c.person_ref_hash = :hash', { hash: owner.personRefHash });
    } else {
      query.where('c.organisation_id = :owner', { owner: owner.organisationId });
      if (owner.activityId) query.andWhere('c.activity_id = :activityId', { activityId: owner.activityId });
    }
    if (outcome) query.andWhere('c.outcome = :outcome', { outcome });
    if (after) query.andWhere('(c.created_at, c.id) < (:at, :id)', after);
    if (before) query.andWhere('(c.created_at, c.id) > (:at, :id)', before);
    const newest = !before;
    const rows = await query
      .orderBy('c.created_at', newest ? 'DESC' : 'ASC')
      .addOrderBy('c.id', newest ? 'DESC' : 'ASC')
      .limit(limit)
      .getMany();
    return newest ? rows : rows.reverse();
  }

  /** When each connection first got one of these outcomes. */
  async firstOutcomeAt(connectionIds: readonly string[], outcomes: readonly ConnectionOutcome[]): Promise<Map<string, Date>> {
    if (!connectionIds.length) return new Map();
    const rows: { connection_id: string; at: Date }[] = await this.transactions.tx.query(
      `SELECT connection_id, min(at) AS at FROM connection_outcome_events
        WHERE connection_id = ANY($1::uuid[]) AND outcome = ANY($2::connection_outcome[]) GROUP BY connection_id`,
      [connectionIds, outcomes],
    );
    return new Map(rows.map((r) => [r.connection_id, r.at]));
  }

  countWithOutcome(organisationId: string, outcome: ConnectionOutcome): Promise<number> {
    return this.connections.countBy({ organisationId, outcome });
  }

  /** Connections to the organisation made since a moment that now have one of these outcomes. */
  async countSince(organisationId: string, since: Date, outcomes: readonly ConnectionOutcome[]): Promise<number> {
    const [{ n }]: { n: number }[] = await this.transactions.tx.query(
      `SELECT count(*)::int AS n FROM connections WHERE organisation_id = $1 AND created_at >= $2 AND outcome = ANY($3::connection_outcome[])`,
      [organisationId, since, outcomes],
    );
    return n;
  }

  /** When each of the organisation's referrals accepted since a moment was accepted. */
  async acceptedSince(organisationId: string, since: Date): Promise<Date[]> {
    const rows: { accepted_at: Date }[] = await this.transactions.tx.query(
      `SELECT min(e.at) AS accepted_at FROM connections c JOIN connection_outcome_events e ON e.connection_id = c.id AND e.outcome = 'ACCEPTED'
        WHERE c.organisation_id = $1 GROUP BY c.id HAVING min(e.at) >= $2`,
      [organisationId, since],
    );
    return rows.map((r) => r.accepted_at);
  }

  /** An open connection of the same person (by reference hash) to the activity, if any. */
  async openDuplicate(personRefHash: string, activityId: string, open: readonly ConnectionOutcome[]): Promise<ConnectionEntity | null> {
    return this.connections
      .createQueryBuilder('c')
      .where('c.person_ref_hash = :personRefHash AND c.activity_id = :activityId AND c.outcome IN (:...open)', { personRefHash, activityId, open })
      .getOne();
  }

  async organisationSuspended(organisationId: string): Promise<boolean> {
    const [row]: { suspended: boolean }[] = await this.transactions.tx.query(
      `SELECT assurance_status = 'SUSPENDED' AS suspended FROM organisations WHERE id = $1`,
      [organisationId],
    );
    return row?.suspended ?? false;
  }

  /** Every outcome change of these connections, oldest first, with whether the referrer, the group or nobody made it. */
  async history(connectionIds: readonly string[]): Promise<Map<string, { outcome: ConnectionOutcome; at: Date; actor: 'REFERRER' | 'OTHER' | 'SYSTEM' }[]>> {
    const history = new Map<string, { outcome: ConnectionOutcome; at: Date; actor: 'REFERRER' | 'OTHER' | 'SYSTEM' }[]>();
    if (!connectionIds.length) return history;
    const rows: { connection_id: string; outcome: ConnectionOutcome; at: Date; actor: 'REFERRER' | 'OTHER' | 'SYSTEM' }[] = await this.transactions.tx.query(
      `SELECT e.connection_id, e.outcome, e.at,
              CASE WHEN e.actor_id IS NULL THEN 'SYSTEM' WHEN e.actor_id = c.link_worker_id THEN 'REFERRER' ELSE 'OTHER' END AS actor
         FROM connection_outcome_events e JOIN connections c ON c.id = e.connection_id
        WHERE e.connection_id = ANY($1::uuid[]) ORDER BY e.at, e.id`,
      [connectionIds],
    );
    for (const r of rows) history.set(r.connection_id, [...(history.get(r.connection_id) ?? []), { outcome: r.outcome, at: r.at, actor: r.actor }]);
    return history;
  }

  /** Pending referrals made before a moment and not yet reminded, oldest first. */
  pendingCreatedBefore(before: Date, notReminded: boolean): Promise<ConnectionEntity[]> {
    const query = this.connections
      .createQueryBuilder('c')
      .where('c.outcome = :pending AND c.created_at < :before', { pending: ConnectionOutcome.PENDING, before })
      .orderBy('c.created_at')
      .limit(5000);
    if (notReminded) query.andWhere('c.reminded_at IS NULL');
    return query.getMany();
  }

  /** Marks the reminder sent; false when another replica did it first. */
  async markReminded(id: string, at: Date): Promise<boolean> {
    const [, changed]: [unknown, number] = await this.transactions.tx.query('UPDATE connections SET reminded_at = $2 WHERE id = $1 AND reminded_at IS NULL', [
      id,
      at,
    ]);
    return changed > 0;
  }

  /** Closes a still-pending referral as NO_RESPONSE; false when it was answered (or closed) meanwhile. */
  async markNoResponse(id: string, at: Date): Promise<boolean> {
    const [, changed]: [unknown, number] = await this.transactions.tx.query(
      `UPDATE connections SET outcome = 'NO_RESPONSE', outcome_at = $2 WHERE id = $1 AND outcome = 'PENDING'`,
      [id, at],
    );
    return changed > 0;
  }

  /**
   * Flags every open connection whose group is suspended or whose activity is paused or closed, and
   * clears the flag once both are back; returns the newly flagged ones.
   */
  async updateFlags(open: readonly ConnectionOutcome[], at: Date): Promise<ConnectionEntity[]> {
    const tx = this.transactions.tx;
    const [flagged]: [{ id: string; organisation_id: string; link_worker_id: string }[], number] = await tx.query(
      `UPDATE connections c
          SET flag = (CASE WHEN o.assurance_status = 'SUSPENDED' THEN 'ORGANISATION_SUSPENDED' WHEN a.status = 'CLOSED' THEN 'ACTIVITY_CLOSED' ELSE 'ACTIVITY_PAUSED' END)::connection_flag,
              flagged_at = $2
         FROM activities a, organisations o
        WHERE a.id = c.activity_id AND o.id = c.organisation_id AND c.flag IS NULL AND c.outcome = ANY($1::connection_outcome[])
          AND (o.assurance_status = 'SUSPENDED' OR a.status IN ('PAUSED', 'CLOSED'))
       RETURNING c.id, c.organisation_id, c.link_worker_id`,
      [open, at],
    );
    await tx.query(
      `UPDATE connections c SET flag = NULL, flagged_at = NULL FROM activities a, organisations o
        WHERE a.id = c.activity_id AND o.id = c.organisation_id AND c.flag IS NOT NULL
          AND (c.outcome <> ALL($1::connection_outcome[]) OR (o.assurance_status <> 'SUSPENDED' AND a.status = 'ACTIVE'))`,
      [open],
    );
    return flagged.map((r) => Object.assign(new ConnectionEntity(), { id: r.id, organisationId: r.organisation_id, linkWorkerId: r.link_worker_id }));
  }

  /** Referrals to the organisation since a moment that were answered or timed out: how many, how many accepted, the median wait for an answer. */
  async responseFigures(organisationId: string, since: Date): Promise<{ referrals: number; accepted: number; medianSeconds: number | null }> {
    const [row]: { referrals: number; accepted: number; median_seconds: number | null }[] = await this.transactions.tx.query(
      `WITH r AS (
         SELECT c.created_at,
                (SELECT min(e.at) FROM connection_outcome_events e WHERE e.connection_id = c.id AND e.outcome IN ('ACCEPTED', 'DECLINED', 'GROUP_FULL')) AS answered_at,
                EXISTS (SELECT 1 FROM connection_outcome_events e WHERE e.connection_id = c.id AND e.outcome = 'ACCEPTED') AS accepted
           FROM connections c
          WHERE c.organisation_id = $1 AND c.created_at >= $2 AND c.outcome NOT IN ('PENDING', 'WITHDRAWN'))
       SELECT count(*)::int AS referrals, count(*) FILTER (WHERE accepted)::int AS accepted,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM answered_at - created_at)) FILTER (WHERE answered_at IS NOT NULL) AS median_seconds
         FROM r`,
      [organisationId, since],
    );
    return { referrals: row.referrals, accepted: row.accepted, medianSeconds: row.median_seconds === null ? null : Number(row.median_seconds) };
  }
}
