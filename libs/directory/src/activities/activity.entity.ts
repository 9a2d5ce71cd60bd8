import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { VenueEntity } from '../venues/venue.entity';
import { ActivityStatus, DayOfWeek, DeliveryMode } from './activity-enums';

export interface ScheduleSlot {
  day: DayOfWeek;
  /** "HH:MM", 24-hour */
  startTime: string;
  endTime: string;
}

/** A community activity (HSDS service). */
@Entity('activities')
export class ActivityEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('activities_organisation_idx')
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Index('activities_venue_idx')
  @Column({ name: 'venue_id', type: 'uuid', nullable: true })
  venueId: string | null;

  @ManyToOne(() => VenueEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'venue_id' })
  venue?: VenueEntity | null;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text', array: true })
  needs: string[];

  @Column({ type: 'varchar', length: 64, nullable: true })
  category: string | null;

  /** The activity's own features; its venue's are added when shown or indexed. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  accessibility: string[];

  @Column({ name: 'delivery_mode', type: 'enum', enum: DeliveryMode, enumName: 'delivery_mode' })
  deliveryMode: DeliveryMode;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  schedule: ScheduleSlot[];

  @Column({ type: 'boolean' })
  free: boolean;

  @Column({ name: 'cost_description', type: 'varchar', length: 500, nullable: true })
  costDescription: string | null;

  @Column({ name: 'minimum_age', type: 'smallint', nullable: true })
  minimumAge: number | null;

  @Column({ name: 'maximum_age', type: 'smallint', nullable: true })
  maximumAge: number | null;

  @Column({ type: 'text', array: true, default: () => "'{en}'" })
  languages: string[];

  @Column({ name: 'self_referral', type: 'boolean', default: true })
  selfReferral: boolean;

  @Column({ name: 'places_per_session', type: 'int', nullable: true })
  placesPerSession: number | null;

  @Column({ name: 'spaces_available', type: 'int', nullable: true })
  spacesAvailable: number | null;

  @Column({ name: 'waiting_list', type: 'int', nullable: true })
  waitingList: number | null;

  @Index('activities_status_idx')
  @Column({ type: 'enum', enum: ActivityStatus, enumName: 'activity_status', default: ActivityStatus.ACTIVE })
  status: ActivityStatus;

  @Column({ name: 'last_verified_at', type: 'timestamptz', nullable: true })
  lastVerifiedAt: Date | null;

  /** Bumped by every change that search shows; the index keeps it to refuse older writes. */
  @Column({ name: 'search_version', type: 'bigint', default: 0 })
  searchVersion: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
