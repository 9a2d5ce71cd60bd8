import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** What an imported publisher record became here. */
export enum ExternalKind {
  ORGANIZATION = 'organization',
  LOCATION = 'location',
  SERVICE = 'service',
}

/**
 * A record imported from another Open Referral publisher, by the publisher's own id: a second
 * import of the same feed finds it here and updates our row instead of adding another.
 */
@Entity('external_records')
@Index('external_records_local_idx', ['kind', 'localId'], { unique: true })
export class ExternalRecordEntity {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  kind: ExternalKind;

  /** The publisher's id (HSDS ids are UUIDs, but some publishers use their own). */
  @PrimaryColumn({ name: 'external_id', type: 'varchar', length: 200 })
  externalId: string;

  /** Our organisation, venue or activity. */
  @Column({ name: 'local_id', type: 'uuid' })
  localId: string;

  /** The feed it came from (base URL or file name), for people reading the table. */
  @Column({ type: 'varchar', length: 1000 })
  source: string;

  /** SHA-256 of the record as imported: an unchanged record is skipped. */
  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash: string;

  @Column({ name: 'imported_at', type: 'timestamptz', default: () => 'now()' })
  importedAt: Date;
}
