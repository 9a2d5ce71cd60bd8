import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';
import { ConnectionOutcome } from '../../usage-enums';

export interface ContactRead {
  reader: string;
  at: Date;
}

/** Sealed contact handoffs and the record of who read them. */
@Injectable()
export class ContactsRepository {
  constructor(private readonly transactions: Transactions) {}

  private get tx() {
    return this.transactions.tx;
  }

  async insert(connectionId: string, sealed: Buffer): Promise<void> {
    await this.tx.query('INSERT INTO connection_contacts (connection_id, sealed) VALUES ($1, $2)', [connectionId, sealed]);
  }

  async find(connectionId: string): Promise<Buffer | null> {
    const [row]: { sealed: Buffer }[] = await this.tx.query('SELECT sealed FROM connection_contacts WHERE connection_id = $1', [connectionId]);
    return row?.sealed ?? null;
  }

  /** Which of these connections still hold a contact. */
  async held(connectionIds: readonly string[]): Promise<Set<string>> {
    if (!connectionIds.length) return new Set();
    const rows: { connection_id: string }[] = await this.tx.query('SELECT connection_id FROM connection_contacts WHERE connection_id = ANY($1::uuid[])', [
      connectionIds,
    ]);
    return new Set(rows.map((r) => r.connection_id));
  }

  async recordRead(connectionId: string, readerId: string, at: Date): Promise<void> {
    await this.tx.query('INSERT INTO contact_reads (connection_id, reader_id, at) VALUES ($1, $2, $3)', [connectionId, readerId, at]);
  }

  /** Newest first: the reader's name (or email when they gave none) and their role. */
  async reads(connectionId: string): Promise<ContactRead[]> {
    const rows: { reader: string; at: Date }[] = await this.tx.query(
      `SELECT coalesce(u.name, u.email) || CASE WHEN u.role = 'LINK_WORKER' THEN ' (link worker)' ELSE ' (group leader)' END AS reader, r.at
         FROM contact_reads r JOIN users u ON u.id = r.reader_id WHERE r.connection_id = $1 ORDER BY r.at DESC, r.id DESC LIMIT 100`,
      [connectionId],
    );
    return rows;
  }

  /** Deletes the contact; true when there was one. */
  async erase(connectionId: string, at: Date): Promise<boolean> {
    const [, deleted]: [unknown, number] = await this.tx.query('DELETE FROM connection_contacts WHERE connection_id = $1', [connectionId]);
    if (deleted) await this.tx.query('UPDATE connections SET contact_erased_at = $2 WHERE id = $1', [connectionId, at]);
    return deleted > 0;
  }

  /** Erases every contact whose connection closed before `closedBefore`; returns how many. */
  async eraseClosedBefore(closedBefore: Date, open: readonly ConnectionOutcome[], at: Date): Promise<number> {
    const [, erased]: [unknown, number] = await this.tx.query(
      `WITH erased AS (
         DELETE FROM connection_contacts cc USING connections c
          WHERE c.id = cc.connection_id AND c.outcome <> ALL($1::connection_outcome[]) AND c.outcome_at < $2
         RETURNING cc.connection_id)
       UPDATE connections SET contact_erased_at = $3 WHERE id IN (SELECT connection_id FROM erased)`,
      [open, closedBefore, at],
    );
    return erased;
  }
}
