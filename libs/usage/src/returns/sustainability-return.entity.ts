import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { FundingKind } from '../usage-enums';

export interface FundingSourceRecord {
  source: string;
  kind: FundingKind;
  annualAmountPence: number;
  endsOn: string | null;
}

/** A quarterly sustainability return. A second return for the quarter supersedes the first. */
@Entity('sustainability_returns')
@Index('sustainability_returns_current_key', ['organisationId', 'period'], { unique: true, where: 'superseded_at IS NULL' })
export class SustainabilityReturnEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  /** "YYYY-Qn" */
  @Column({ type: 'char', length: 7 })
  period: string;

  @Column({ name: 'funding_sources', type: 'jsonb' })
  fundingSources: FundingSourceRecord[];

  @Column({ type: 'int' })
  volunteers: number;

  @Column({ name: 'paid_staff_fte', type: 'double precision' })
  paidStaffFte: number;

  @Column({ name: 'monthly_costs_pence', type: 'int' })
  monthlyCostsPence: number;

  @Column({ name: 'reserves_months', type: 'double precision' })
  reservesMonths: number;

  @Column({ name: 'submitted_by', type: 'uuid' })
  submittedBy: string;

  @CreateDateColumn({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;

  @Column({ name: 'superseded_at', type: 'timestamptz', nullable: true })
  supersededAt: Date | null;
}
