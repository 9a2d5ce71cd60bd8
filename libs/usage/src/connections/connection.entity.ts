import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ConnectionOutcome, DeclineReason } from '../usage-enums';

/**
 * A referral: a link worker connected a person to an activity. No personal data — at most a keyed
 * hash of an opaque reference, so repeat connections of one person can be counted.
 */
@Entity('connections')
@Index('connections_organisation_created_idx', ['organisationId', 'createdAt'])
@Index('connections_link_worker_idx', ['linkWorkerId', 'createdAt'])
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
