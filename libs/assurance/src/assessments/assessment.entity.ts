import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
// Straight to the file, not the directory index: entities load early (entity registry) and must not pull in GraphQL types.
import { AssuranceStatus } from '../../../directory/src/organisations/organisation-enums';
import { AssessmentDecision, AssuranceTier } from '../assurance-enums';

/** One quality-assurance assessment of an organisation, against one checklist version. */
@Entity('assessments')
@Index('assessments_organisation_idx', ['organisationId', 'createdAt'])
@Index('assessments_queue_idx', ['submittedAt'], { where: `status = 'SUBMITTED'` })
export class AssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne('OrganisationEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: unknown;

  @Column({ name: 'template_id', type: 'uuid' })
  templateId: string;

  @ManyToOne('ChecklistTemplateEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'template_id' })
  template?: unknown;

  @Column({ type: 'enum', enum: AssuranceTier, enumName: 'assurance_tier' })
  tier: AssuranceTier;

  /** IN_PROGRESS, SUBMITTED, ASSURED or REJECTED; EXPIRING and LAPSED are worked out on read. */
  @Column({ type: 'enum', enum: AssuranceStatus, enumName: 'assurance_status' })
  status: AssuranceStatus;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ type: 'enum', enum: AssessmentDecision, enumName: 'assessment_decision', nullable: true })
  decision: AssessmentDecision | null;

  @Column({ name: 'decision_note', type: 'text', nullable: true })
  decisionNote: string | null;

  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil: string | null;

  /** When an assurer last sent it back for changes, and why; the item notes stay on the evidence. */
  @Column({ name: 'returned_at', type: 'timestamptz', nullable: true })
  returnedAt: Date | null;

  @Column({ name: 'return_note', type: 'text', nullable: true })
  returnNote: string | null;

  @Column({ name: 'times_returned', type: 'int', default: 0 })
  timesReturned: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
