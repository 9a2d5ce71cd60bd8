import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * "Activity X changed; send it to the search index." Written in the same transaction as the change,
 * removed by the relay only once Meilisearch has applied it.
 */
@Entity('search_outbox')
@Index('search_outbox_pending_idx', ['nextAttemptAt', 'id'])
export class OutboxEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Index('search_outbox_activity_idx')
  @Column({ name: 'activity_id', type: 'uuid' })
  activityId: string;

  @Column({ name: 'enqueued_at', type: 'timestamptz', default: () => 'now()' })
  enqueuedAt: Date;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  /** Set while a relay holds the row; another relay may take it once this has passed. */
  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;
}
