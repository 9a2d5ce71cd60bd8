import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { NotificationKind } from './notification-kind';

/** A mail owed to a user about a referral; written with the change it reports, sent by NotificationSender. */
@Entity('notifications')
@Index('notifications_unsent_idx', ['userId', 'createdAt'], { where: '"sent_at" IS NULL' })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: unknown;

  @Column({ name: 'connection_id', type: 'uuid' })
  connectionId: string;

  @ManyToOne('ConnectionEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'connection_id' })
  connection?: unknown;

  @Column({ type: 'varchar', length: 40 })
  kind: NotificationKind;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
