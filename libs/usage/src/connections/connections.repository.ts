import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';
import { ConnectionOutcome } from '../usage-enums';
import { ConnectionOutcomeEventEntity } from './connection-outcome-event.entity';
import { ConnectionEntity } from './connection.entity';

export interface ConnectionPage {
  owner: { linkWorkerId: string } | { organisationId: string; activityId?: string };
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

  async recordOutcome(connectionId: string, outcome: ConnectionOutcome, actorId: string, at: Date): Promise<void> {
    await this.events.insert({ connectionId, outcome, actorId, at });
  }

  /** Newest first, keyset-paged on (created_at, id) so that any page is as quick as the first. */
  async page({ owner, outcome, after, before, limit }: ConnectionPage): Promise<ConnectionEntity[]> {
    const query = this.connections.createQueryBuilder('c');
    if ('linkWorkerId' in owner) query.where('c.link_worker_id = :owner', { owner: owner.linkWorkerId });
    else {
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
}
