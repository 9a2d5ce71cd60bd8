import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One postcode of the loaded gazetteer (ONSPD, NSPL or Code-Point Open); replaced whole by each load. */
@Entity('postcodes')
export class PostcodeEntity {
  /** Normalised, e.g. "M1 1AE". */
  // Named, because each load builds the next table beside this one and renames it into place.
  @PrimaryColumn({ type: 'varchar', length: 8, primaryKeyConstraintName: 'postcodes_pkey' })
  postcode: string;

  @Column({ type: 'varchar', length: 4 })
  outcode: string;

  @Column({ type: 'double precision' })
  latitude: number;

  @Column({ type: 'double precision' })
  longitude: number;

  /** Local authority district, GSS code (E08000003). */
  @Column({ type: 'varchar', length: 9, nullable: true })
  district: string | null;

  /** Lower layer super output area (2021, else 2011), for area statistics. */
  @Column({ type: 'varchar', length: 9, nullable: true })
  lsoa: string | null;

  @Column({ name: 'terminated_on', type: 'date', nullable: true })
  terminatedOn: string | null;
}

/** The local authority districts of the loaded gazetteer, named when the file came with names. */
@Entity('postcode_districts')
export class PostcodeDistrictEntity {
  @PrimaryColumn({ type: 'varchar', length: 9, primaryKeyConstraintName: 'postcode_districts_pkey' })
  code: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  name: string | null;
}
