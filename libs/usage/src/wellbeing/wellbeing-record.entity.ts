import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AgeBand, EthnicGroup, Sex, WellbeingMeasure, WellbeingOccasion } from './wellbeing-enums';

/**
 * One occasion a link worker asked a person the wellbeing questions. Nothing identifies the person:
 * a keyed hash of the link worker's own reference pairs a follow-up with its first contact. The
 * equity bands, given with consent at first contact, are bands; the postcode they came from is not kept.
 */
@Entity('wellbeing_records')
@Index('wellbeing_records_person_idx', ['linkWorkerId', 'personRefHash', 'recordedOn'])
@Index('wellbeing_records_follow_up_key', ['firstContactId'], { unique: true })
export class WellbeingRecordEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'link_worker_id', type: 'uuid' })
  linkWorkerId: string;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'link_worker_id' })
  linkWorker?: unknown;

  /** HMAC-SHA-256 of the person reference under PERSON_REF_SECRET, as on connections. */
  @Column({ name: 'person_ref_hash', type: 'char', length: 64 })
  personRefHash: string;

  @Column({ type: 'enum', enum: WellbeingMeasure, enumName: 'wellbeing_measure' })
  measure: WellbeingMeasure;

  @Column({ type: 'enum', enum: WellbeingOccasion, enumName: 'wellbeing_occasion' })
  occasion: WellbeingOccasion;

  @Column({ name: 'recorded_on', type: 'date' })
  recordedOn: string;

  /** For a follow-up: the first contact it follows (one follow-up each). */
  @Column({ name: 'first_contact_id', type: 'uuid', nullable: true })
  firstContactId: string | null;

  @ManyToOne(() => WellbeingRecordEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'first_contact_id' })
  firstContact?: WellbeingRecordEntity;

  @Column({ name: 'age_band', type: 'enum', enum: AgeBand, enumName: 'age_band', nullable: true })
  ageBand: AgeBand | null;

  @Column({ type: 'enum', enum: Sex, enumName: 'sex', nullable: true })
  sex: Sex | null;

  @Column({ name: 'ethnic_group', type: 'enum', enum: EthnicGroup, enumName: 'ethnic_group', nullable: true })
  ethnicGroup: EthnicGroup | null;

  /** 1 (most deprived tenth of areas) to 10, from the postcode's LSOA when it was recorded. */
  @Column({ name: 'deprivation_decile', type: 'smallint', nullable: true })
  deprivationDecile: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
