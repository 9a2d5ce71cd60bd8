import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';
import { WellbeingOccasion } from './wellbeing-enums';
import { WellbeingRecordEntity } from './wellbeing-record.entity';
import { WellbeingScoreEntity } from './wellbeing-score.entity';

export interface FollowUpDueRow {
  firstContactId: string;
  firstContactOn: string;
  connectedTo: string[];
}

@Injectable()
export class WellbeingRepository {
  constructor(private readonly transactions: Transactions) {}

  private get records() {
    return this.transactions.tx.getRepository(WellbeingRecordEntity);
  }

  /** The person's first contact with this link worker that has no follow-up yet, if any. */
  openFirstContact(linkWorkerId: string, personRefHash: string): Promise<WellbeingRecordEntity | null> {
    return this.records
      .createQueryBuilder('r')
      .where('r.linkWorkerId = :linkWorkerId AND r.personRefHash = :personRefHash AND r.occasion = :occasion', {
        linkWorkerId,
        personRefHash,
        occasion: WellbeingOccasion.FIRST_CONTACT,
      })
      .andWhere('NOT EXISTS (SELECT 1 FROM wellbeing_records f WHERE f.first_contact_id = r.id)')
      .orderBy('r.recordedOn', 'DESC')
      .getOne();
  }

  async insert(record: Partial<WellbeingRecordEntity>, scores: Pick<WellbeingScoreEntity, 'item' | 'score'>[]): Promise<WellbeingRecordEntity> {
    const saved = await this.records.save(this.records.create(record));
    await this.transactions.tx.getRepository(WellbeingScoreEntity).insert(scores.map((s) => ({ ...s, recordId: saved.id })));
    return saved;
  }

  /** The person's records with this link worker, oldest first. */
  forPerson(linkWorkerId: string, personRefHash: string): Promise<WellbeingRecordEntity[]> {
    return this.records.find({ where: { linkWorkerId, personRefHash }, order: { recordedOn: 'ASC', createdAt: 'ASC' } });
  }

  scoresOf(recordIds: string[]): Promise<WellbeingScoreEntity[]> {
    return recordIds.length
      ? this.transactions.tx.getRepository(WellbeingScoreEntity).findBy(recordIds.map((recordId) => ({ recordId })))
      : Promise.resolve([]);
  }

  /** For each record, the record it pairs with: a first contact's follow-up, a follow-up's first contact. */
  async pairs(records: WellbeingRecordEntity[]): Promise<Map<string, string>> {
    const pairs = new Map<string, string>();
    for (const r of records) if (r.firstContactId) pairs.set(r.id, r.firstContactId).set(r.firstContactId, r.id);
    const firsts = records.filter((r) => r.occasion === WellbeingOccasion.FIRST_CONTACT && !pairs.has(r.id)).map((r) => r.id);
    if (firsts.length) {
      const rows: { id: string; first: string }[] = await this.transactions.tx.query(
        'SELECT id, first_contact_id AS first FROM wellbeing_records WHERE first_contact_id = ANY($1::uuid[])',
        [firsts],
      );
      for (const row of rows) pairs.set(row.first, row.id);
    }
    return pairs;
  }

  /**
   * The link worker's first contacts with no follow-up, recorded on or before `firstContactBy`, oldest
   * first, each with the activities the person was connected to since (matched by the same hash).
   */
  followUpsDue(linkWorkerId: string, firstContactBy: string): Promise<FollowUpDueRow[]> {
    return this.transactions.tx.query(
      `SELECT r.id AS "firstContactId", to_char(r.recorded_on, 'YYYY-MM-DD') AS "firstContactOn",
              COALESCE(ARRAY(SELECT DISTINCT a.title FROM connections c JOIN activities a ON a.id = c.activity_id
                              WHERE c.link_worker_id = r.link_worker_id AND c.person_ref_hash = r.person_ref_hash
                                AND c.created_at >= r.recorded_on ORDER BY a.title LIMIT 10), '{}') AS "connectedTo"
         FROM wellbeing_records r
        WHERE r.link_worker_id = $1 AND r.occasion = 'FIRST_CONTACT' AND r.recorded_on <= $2::date
          AND NOT EXISTS (SELECT 1 FROM wellbeing_records f WHERE f.first_contact_id = r.id)
        ORDER BY r.recorded_on, r.id
        LIMIT 200`,
      [linkWorkerId, firstContactBy],
    );
  }
}
