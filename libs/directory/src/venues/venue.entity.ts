import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { LocationPrecision } from '@app/geo';
import { OrganisationEntity } from '../organisations/organisation.entity';

/** Where activities happen (HSDS location). Coordinates are given, or come from the postcode. */
@Entity('venues')
export class VenueEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('venues_organisation_idx')
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'address_line1', type: 'varchar', length: 200 })
  addressLine1: string;

  @Column({ type: 'varchar', length: 100 })
  town: string;

  /** Normalised, e.g. "M1 1AE"; null only for a place imported with coordinates and no postcode. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  postcode: string | null;

  @Index('venues_outcode_idx')
  @Column({ type: 'varchar', length: 4 })
  outcode: string;

  @Column({ type: 'double precision' })
  latitude: number;

  @Column({ type: 'double precision' })
  longitude: number;

  @Column({ type: 'enum', enum: LocationPrecision, enumName: 'location_precision', default: LocationPrecision.OUTCODE })
  precision: LocationPrecision;

  /** The gazetteer says the postcode is no longer in use (from this month): it still places the venue. */
  @Column({ name: 'postcode_terminated_on', type: 'date', nullable: true })
  postcodeTerminatedOn: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  accessibility: string[];

  @Column({ name: 'transport_notes', type: 'text', nullable: true })
  transportNotes: string | null;

  /** An archived venue is kept for its history but offered for no new listing. */
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
