import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';

export interface ListingToConfirm {
  organisationId: string;
  organisationName: string;
  activityId: string;
  title: string;
  lastVerifiedAt: Date | null;
}

/** The queries behind the freshness reminders: who needs one, who to send it to, and the one-click links. */
@Injectable()
export class FreshnessRemindersRepository {
  constructor(private readonly transactions: Transactions) {}

  /** Open listings last confirmed before `dueBefore` (DUE or STALE), in organisations not suspended, with each organisation's last reminder. */
  async dueOrStale(dueBefore: Date): Promise<(ListingToConfirm & { lastRemindedAt: Date | null })[]> {
    const rows: Record<string, unknown>[] = await this.transactions.tx.query(
      `SELECT a.organisation_id, o.name AS organisation_name, a.id AS activity_id, a.title, a.last_verified_at,
              (SELECT max(r.sent_at) FROM freshness_reminders r WHERE r.organisation_id = a.organisation_id) AS last_reminded_at
         FROM activities a JOIN organisations o ON o.id = a.organisation_id
        WHERE a.status <> 'CLOSED' AND o.assurance_status <> 'SUSPENDED' AND (a.last_verified_at IS NULL OR a.last_verified_at < $1)
        ORDER BY o.name, a.title`,
      [dueBefore],
    );
    return rows.map((r) => ({
      organisationId: r.organisation_id as string,
      organisationName: r.organisation_name as string,
      activityId: r.activity_id as string,
      title: r.title as string,
      lastVerifiedAt: r.last_verified_at as Date | null,
      lastRemindedAt: r.last_reminded_at as Date | null,
    }));
  }

  /** The active leaders of the organisation. */
  async leaderEmails(organisationId: string): Promise<string[]> {
    const rows: { email: string }[] = await this.transactions.tx.query(
      `SELECT u.email FROM organisation_members m JOIN users u ON u.id = m.user_id
        WHERE m.organisation_id = $1 AND u.disabled_at IS NULL AND u.role = 'VCSE_LEADER' ORDER BY u.email`,
      [organisationId],
    );
    return rows.map((r) => r.email);
  }

  async lastReminderAt(organisationId: string): Promise<Date | null> {
    const [row]: { at: Date | null }[] = await this.transactions.tx.query('SELECT max(sent_at) AS at FROM freshness_reminders WHERE organisation_id = $1', [
      organisationId,
    ]);
    return row.at;
  }

  async recordReminder(organisationId: string, at: Date, listings: number): Promise<void> {
    await this.transactions.tx.query('INSERT INTO freshness_reminders (organisation_id, sent_at, listings) VALUES ($1, $2, $3)', [
      organisationId,
      at,
      listings,
    ]);
  }

  async createLink(organisationId: string, activityIds: string[], expiresAt: Date): Promise<string> {
    const [row]: { id: string }[] = await this.transactions.tx.query(
      'INSERT INTO confirm_links (organisation_id, activity_ids, expires_at) VALUES ($1, $2::uuid[], $3) RETURNING id',
      [organisationId, activityIds, expiresAt],
    );
    return row.id;
  }

  /** Marks the link used, if it is unused and in date; returns what it confirms, or null. */
  async useLink(id: string, now: Date): Promise<{ organisationId: string; activityIds: string[] } | null> {
    const [rows]: [{ organisation_id: string; activity_ids: string[] }[], number] = await this.transactions.tx.query(
      'UPDATE confirm_links SET used_at = $2 WHERE id = $1 AND used_at IS NULL AND expires_at > $2 RETURNING organisation_id, activity_ids',
      [id, now],
    );
    return rows[0] ? { organisationId: rows[0].organisation_id, activityIds: rows[0].activity_ids } : null;
  }
}
