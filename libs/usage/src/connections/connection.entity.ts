import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ConnectionFlag, ConnectionOutcome, DeclineReason, WithdrawReason } from '../usage-enums';

/**
 * A referral: a link worker connected a person to an activity. No personal data here — at most a
 * keyed hash of an opaque reference; a consented contact handoff lives sealed in connection_contacts.
 */
@Entity('connections')
@Index('connections_organisation_created_idx', ['organisationId', 'createdAt'])
@Index('connections_link_worker_idx', ['linkWorkerId', 'createdAt'])
@Index('connections_person_idx', ['linkWorkerId', 'personRefHash'])
export class ConnectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'activity_id', type: 'uuid' })
  activityId: string;

  @ManyToOne('ActivityEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id' })
  activity?: unknown;

  /** The activity's organisation, kept for reports and the leaders' inbox. */
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'link_worker_id', type: 'uuid' })
  linkWorkerId: string;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'link_worker_id' })
  linkWorker?: unknown;

  @Column({ type: 'text', array: true })
  needs: string[];

  /** HMAC-SHA-256 of the person reference under PERSON_REF_SECRET; never the reference itself. */
  @Column({ name: 'person_ref_hash', type: 'char', length: 64, nullable: true })
  personRefHash: string | null;

  @Column({ type: 'enum', enum: ConnectionOutcome, enumName: 'connection_outcome', default: ConnectionOutcome.PENDING })
  outcome: ConnectionOutcome;

  @Column({ name: 'outcome_at', type: 'timestamptz', nullable: true })
  outcomeAt: Date | null;

  /** Set when the group declines. */
  @Column({ name: 'decline_reason', type: 'enum', enum: DeclineReason, enumName: 'decline_reason', nullable: true })
  declineReason: DeclineReason | null;

  /** Set when the link worker withdraws it. */
  @Column({ name: 'withdraw_reason', type: 'enum', enum: WithdrawReason, enumName: 'withdraw_reason', nullable: true })
  withdrawReason: WithdrawReason | null;

  /** Made to a full activity, acknowledged: the person joins its waiting list. */
  @Column({ name: 'waiting_list', type: 'boolean', default: false })
  waitingList: boolean;

  /** When the group was reminded that the referral waits for an answer. */
  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt: Date | null;

  /** Set while open when the group was suspended or the activity paused or closed. */
  @Column({ type: 'enum', enum: ConnectionFlag, enumName: 'connection_flag', nullable: true })
  flag: ConnectionFlag | null;

  @Column({ name: 'flagged_at', type: 'timestamptz', nullable: true })
  flaggedAt: Date | null;

  /** When the contact handoff was erased (on request, or at the end of its retention). */
  @Column({ name: 'contact_erased_at', type: 'timestamptz', nullable: true })
  contactErasedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
