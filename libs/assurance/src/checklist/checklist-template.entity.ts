import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AssuranceTier, EvidenceKind } from '../assurance-enums';

export interface ChecklistItemDefinition {
  key: string;
  title: string;
  guidance: string;
  evidenceKind: EvidenceKind;
  requiredForTiers: AssuranceTier[];
  /** Evidence older than this (or past its own expiry date) has expired; null: does not expire. */
  validityMonths: number | null;
}

/** A version of the quality-assurance checklist. Versions are never edited: a change is a new row. */
@Entity('checklist_templates')
export class ChecklistTemplateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Index('checklist_templates_version_key', { unique: true })
  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'jsonb' })
  items: ChecklistItemDefinition[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
