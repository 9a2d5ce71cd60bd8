import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';
import { NotificationKind } from './notification-kind';
import { NotificationFacts } from './notification-message';

export interface Recipient {
  userId: string;
  email: string;
  daily: boolean;
  lastDigestAt: Date | null;
}

export interface OwedNotification extends NotificationFacts {
  id: string;
  createdAt: Date;
  referredAt: Date;
}

/** Mail owed to users about referrals, kept until sent. */
@Injectable()
export class NotificationsRepository {
  constructor(private readonly transactions: Transactions) {}

  private get tx() {
    return this.transactions.tx;
  }

  async enqueue(kind: NotificationKind, connectionId: string, userIds: readonly string[], at: Date): Promise<void> {
    if (!userIds.length) return;
    await this.tx.query(`INSERT INTO notifications (user_id, connection_id, kind, created_at) SELECT unnest($1::uuid[]), $2, $3, $4`, [
      [...new Set(userIds)],
      connectionId,
      kind,
      at,
    ]);
  }

  /** The organisation's leaders whose accounts are active. */
  async leaderIds(organisationId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.tx.query(
      `SELECT u.id FROM organisation_members m JOIN users u ON u.id = m.user_id
        WHERE m.organisation_id = $1 AND u.role = 'VCSE_LEADER' AND u.disabled_at IS NULL`,
      [organisationId],
    );
    return rows.map((r) => r.id);
  }

  /** Active users with mail owed: daily-digest users only once a day has passed since their last digest. */
  async recipientsDue(now: Date): Promise<Recipient[]> {
    const rows: { id: string; email: string; daily: boolean; last_digest_at: Date | null }[] = await this.tx.query(
      `SELECT u.id, u.email, u.notification_frequency = 'DAILY' AS daily, u.last_digest_at FROM users u
        WHERE u.disabled_at IS NULL AND EXISTS (SELECT 1 FROM notifications n WHERE n.user_id = u.id AND n.sent_at IS NULL)
          AND (u.notification_frequency = 'IMMEDIATE' OR u.last_digest_at IS NULL OR u.last_digest_at <= $1::timestamptz - interval '1 day')`,
      [now],
    );
    return rows.map((r) => ({ userId: r.id, email: r.email, daily: r.daily, lastDigestAt: r.last_digest_at }));
  }

  /** The user's unsent notifications, locked for this transaction (another replica skips them). */
  async claimOwed(userId: string): Promise<OwedNotification[]> {
    const rows: Record<string, never>[] = await this.tx.query(
      `SELECT n.id, n.kind, n.created_at, c.id AS connection_id, c.organisation_id, o.name AS organisation_name, a.title AS activity_title,
              c.outcome, c.decline_reason, c.flag, c.needs, c.created_at AS referred_at, lw.name AS referrer_name,
              lw.organisation_name AS referrer_organisation, EXISTS (SELECT 1 FROM connection_contacts cc WHERE cc.connection_id = c.id) AS has_contact
         FROM notifications n
         JOIN connections c ON c.id = n.connection_id
         JOIN activities a ON a.id = c.activity_id
         JOIN organisations o ON o.id = c.organisation_id
         JOIN users lw ON lw.id = c.link_worker_id
        WHERE n.user_id = $1 AND n.sent_at IS NULL
        ORDER BY n.created_at
        FOR UPDATE OF n SKIP LOCKED`,
      [userId],
    );
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      createdAt: r.created_at,
      connectionId: r.connection_id,
      organisationId: r.organisation_id,
      organisationName: r.organisation_name,
      activityTitle: r.activity_title,
      outcome: r.outcome,
      declineReason: r.decline_reason,
      flag: r.flag,
      needs: r.needs,
      referrerName: r.referrer_name,
      referrerOrganisation: r.referrer_organisation,
      hasContact: r.has_contact,
      answerBy: null,
      referredAt: r.referred_at,
    }));
  }

  async markSent(ids: readonly string[], at: Date): Promise<void> {
    await this.tx.query('UPDATE notifications SET sent_at = $2 WHERE id = ANY($1::uuid[])', [ids, at]);
  }

  async recordDigest(userId: string, at: Date): Promise<void> {
    await this.tx.query('UPDATE users SET last_digest_at = $2 WHERE id = $1', [userId, at]);
  }
}
