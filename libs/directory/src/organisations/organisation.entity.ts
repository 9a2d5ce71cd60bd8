import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AssuranceStatus, LegalForm, SizeBand } from './organisation-enums';

@Entity('organisations')
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  website: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone: string | null;

  @Index('organisations_charity_number_idx')
  @Column({ name: 'charity_number', type: 'varchar', length: 20, nullable: true })
  charityNumber: string | null;

  @Column({ name: 'company_number', type: 'varchar', length: 8, nullable: true })
  companyNumber: string | null;

  @Column({ name: 'legal_form', type: 'enum', enum: LegalForm, enumName: 'legal_form', nullable: true })
  legalForm: LegalForm | null;

  @Column({ name: 'size_band', type: 'enum', enum: SizeBand, enumName: 'size_band', nullable: true })
  sizeBand: SizeBand | null;

  @Index('organisations_assurance_status_idx')
  @Column({
    name: 'assurance_status',
    type: 'enum',
    enum: AssuranceStatus,
    enumName: 'assurance_status',
    default: AssuranceStatus.NOT_ASSESSED,
  })
  assuranceStatus: AssuranceStatus;

  @Column({ name: 'assured_until', type: 'date', nullable: true })
  assuredUntil: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
