import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Transactions } from '@app/database';
import { ExternalKind } from './external-record.entity';
import { ActivityExternalTermEntity, ExternalTaxonomyTermEntity } from './external-taxonomy-term.entity';
import { ExternalTerm } from './oruk-service-mapper';

const LOCAL_TABLES: Record<ExternalKind, string> = {
  [ExternalKind.SERVICE]: 'activities',
  [ExternalKind.ORGANIZATION]: 'organisations',
  [ExternalKind.LOCATION]: 'venues',
};

/** What an import remembers: which of our rows each publisher id became, and the terms we keep. */
@Injectable()
export class ExternalRecordsRepository {
  constructor(private readonly transactions: Transactions) {}

  /** Hashes of services imported before (whose activities still exist), by the publisher's id. */
  async importedServiceHashes(externalIds: string[]): Promise<Map<string, string>> {
    const rows: { external_id: string; content_hash: string }[] = await this.transactions.tx.query(
      `SELECT r.external_id, r.content_hash FROM external_records r JOIN activities a ON a.id = r.local_id
        WHERE r.kind = 'service' AND r.external_id = ANY($1::varchar[])`,
      [externalIds],
    );
    return new Map(rows.map((r) => [r.external_id, r.content_hash]));
  }

  /** The local row a publisher's record became, if that row still exists (one deleted here is imported afresh). */
  async localOf(kind: ExternalKind, externalId: string): Promise<{ localId: string; contentHash: string } | undefined> {
    const [row] = await this.transactions.tx.query(
      `SELECT r.local_id AS "localId", r.content_hash AS "contentHash" FROM external_records r JOIN ${LOCAL_TABLES[kind]} t ON t.id = r.local_id
        WHERE r.kind = $1 AND r.external_id = $2`,
      [kind, externalId],
    );
    return row;
  }

  async remember(kind: ExternalKind, externalId: string, hash: string, localId: string, source: string, now: Date): Promise<void> {
    await this.transactions.tx.query(
      `INSERT INTO external_records (kind, external_id, local_id, source, content_hash, imported_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (kind, external_id) DO UPDATE SET local_id = $3, source = $4, content_hash = $5, imported_at = $6`,
      [kind, externalId, localId, source.slice(0, 1000), hash, now],
    );
  }

  /** Other publishers' taxonomy terms, kept as they sent them. */
  async keepTerms(terms: ExternalTerm[], source: string): Promise<void> {
    if (!terms.length) return;
    await this.transactions.tx
      .createQueryBuilder()
      .insert()
      .into(ExternalTaxonomyTermEntity)
      .values(terms.map((t) => ({ ...t, source: source.slice(0, 1000) })))
      .orUpdate(['name', 'description', 'taxonomy', 'taxonomy_id', 'term', 'code', 'parent_id', 'term_uri', 'source'], ['id'])
      .execute();
  }

  /** The kept terms of each activity, by term id. */
  async termsOf(activityIds: readonly string[]): Promise<Map<string, ExternalTaxonomyTermEntity[]>> {
    const result = new Map<string, ExternalTaxonomyTermEntity[]>();
    if (!activityIds.length) return result;
    const links = await this.transactions.tx.getRepository(ActivityExternalTermEntity).find({
      where: { activityId: In([...activityIds]) },
      relations: { externalTerm: true },
      order: { termId: 'ASC' },
    });
    for (const l of links) result.set(l.activityId, [...(result.get(l.activityId) ?? []), l.externalTerm!]);
    return result;
  }

  async setActivityTerms(activityId: string, termIds: string[]): Promise<void> {
    const em = this.transactions.tx;
    await em.delete(ActivityExternalTermEntity, { activityId });
    if (termIds.length)
      await em.insert(
        ActivityExternalTermEntity,
        termIds.map((termId) => ({ activityId, termId })),
      );
  }
}
