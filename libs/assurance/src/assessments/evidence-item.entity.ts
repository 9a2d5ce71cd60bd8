import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EvidenceStatus } from '../assurance-enums';
import { AssessmentEntity } from './assessment.entity';

/** The evidence for one checklist item within one assessment. */
@Entity('evidence_items')
export class EvidenceItemEntity {
  @PrimaryColumn({ name: 'assessment_id', type: 'uuid' })
  assessmentId: string;

  @PrimaryColumn({ name: 'item_key', type: 'varchar', length: 64 })
  itemKey: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: AssessmentEntity;

  /** MISSING, PROVIDED, ACCEPTED or REJECTED; EXPIRED is worked out on read from the dates. */
  @Column({ type: 'enum', enum: EvidenceStatus, enumName: 'evidence_status', default: EvidenceStatus.MISSING })
  status: EvidenceStatus;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reference: string | null;

  @Column({ name: 'document_id', type: 'uuid', nullable: true })
  documentId: string | null;

  @Column({ type: 'boolean', nullable: true })
  declared: boolean | null;

  @Column({ name: 'issued_on', type: 'date', nullable: true })
  issuedOn: string | null;

  @Column({ name: 'expires_on', type: 'date', nullable: true })
  expiresOn: string | null;

  @Column({ name: 'reviewer_note', type: 'text', nullable: true })
  reviewerNote: string | null;

  @Column({ name: 'provided_at', type: 'timestamptz', nullable: true })
  providedAt: Date | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedBy: string | null;
}
