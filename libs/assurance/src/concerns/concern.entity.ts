import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ConcernCategory, ConcernStatus } from '../assurance-enums';

/** A concern about an organisation (or one of its activities), never about a person's details. */
@Entity('concerns')
@Index('concerns_status_idx', ['status', 'raisedAt'])
export class ConcernEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne('OrganisationEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: unknown;

  @Column({ name: 'activity_id', type: 'uuid', nullable: true })
  activityId: string | null;

  @Column({ type: 'enum', enum: ConcernCategory, enumName: 'concern_category' })
  category: ConcernCategory;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'enum', enum: ConcernStatus, enumName: 'concern_status', default: ConcernStatus.OPEN })
  status: ConcernStatus;

  /** Whether raising it suspended the organisation at once (a precaution, until an assurer looks). */
  @Column({ name: 'precautionary_suspension', type: 'boolean', default: false })
  precautionarySuspension: boolean;

  @Index('concerns_raised_by_idx')
  @Column({ name: 'raised_by', type: 'uuid' })
  raisedBy: string;

  @Column({ name: 'raised_at', type: 'timestamptz', default: () => 'now()' })
  raisedAt: Date;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ name: 'resolved_by', type: 'uuid', nullable: true })
  resolvedBy: string | null;

  @Column({ name: 'resolution_note', type: 'text', nullable: true })
  resolutionNote: string | null;

  @Column({ type: 'boolean', nullable: true })
  reinstated: boolean | null;
}
