import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { VenueEntity } from '../venues/venue.entity';
import { ActivityStatus, DayOfWeek, DeliveryMode, Recurrence } from './activity-enums';

export interface ScheduleSlot {
  day: DayOfWeek;
  /** "HH:MM", 24-hour */
  startTime: string;
  endTime: string;
  /** WEEKLY when absent (slots saved before there were other recurrences). */
  recurrence?: Recurrence | null;
  /** FORTNIGHTLY: one date ("YYYY-MM-DD") the slot takes place on, which tells its weeks from the others. */
  firstDate?: string | null;
  /** MONTHLY: which of the month's days it is: 1 to 4, or -1 for the last. */
  weekOfMonth?: number | null;
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

  /** Runs in school terms only (not in the holidays). */
  @Column({ name: 'term_time_only', type: 'boolean', default: false })
  termTimeOnly: boolean;

  /** Shown in search only from this day (a summer holiday club from June). */
  @Column({ name: 'show_from', type: 'date', nullable: true })
  showFrom: string | null;

  /** …and only until this day. */
  @Column({ name: 'show_until', type: 'date', nullable: true })
  showUntil: string | null;

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

  /** Where a service that comes to the person reaches: outward codes ("M14")… */
  @Column({ name: 'coverage_outcodes', type: 'text', array: true, default: () => "'{}'" })
  coverageOutcodes: string[];

  /** …and local authority districts (GSS codes, "E08000003"). */
  @Column({ name: 'coverage_districts', type: 'text', array: true, default: () => "'{}'" })
  coverageDistricts: string[];

  @Column({ name: 'self_referral', type: 'boolean', default: true })
  selfReferral: boolean;

  /** What someone does to join, in the group's words (e.g. "Just turn up; the kettle's on from 10"). */
  @Column({ name: 'how_to_join', type: 'varchar', length: 1000, nullable: true })
  howToJoin: string | null;

  /** The listing's own contact route; the organisation's is used when these are empty. */
  @Column({ name: 'contact_email', type: 'varchar', length: 254, nullable: true })
  contactEmail: string | null;

  @Column({ name: 'contact_phone', type: 'varchar', length: 40, nullable: true })
  contactPhone: string | null;

  @Column({ name: 'places_per_session', type: 'int', nullable: true })
  placesPerSession: number | null;

  @Column({ name: 'spaces_available', type: 'int', nullable: true })
  spacesAvailable: number | null;

  @Column({ name: 'waiting_list', type: 'int', nullable: true })
  waitingList: number | null;

  @Index('activities_status_idx')
  @Column({ type: 'enum', enum: ActivityStatus, enumName: 'activity_status', default: ActivityStatus.ACTIVE })
  status: ActivityStatus;

  /** Why a PAUSED listing is paused, shown to link workers. */
  @Column({ name: 'paused_reason', type: 'varchar', length: 200, nullable: true })
  pausedReason: string | null;

  /** A PAUSED listing becomes ACTIVE again on this day by itself. */
  @Index('activities_resumes_on_idx', { where: 'resumes_on IS NOT NULL' })
  @Column({ name: 'resumes_on', type: 'date', nullable: true })
  resumesOn: string | null;

  @Column({ name: 'last_verified_at', type: 'timestamptz', nullable: true })
  lastVerifiedAt: Date | null;

  /** Set on insert and bumped by every change that search shows; the index keeps it to refuse older writes. */
  @Column({ name: 'search_version', type: 'bigint', default: () => "nextval('search_version_seq')" })
  searchVersion: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
