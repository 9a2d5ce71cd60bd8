import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One assurance event. Append-only: a database trigger refuses UPDATE and DELETE, and each row's
 * hash covers the previous row's hash, so any edit or removal breaks the chain.
 */
@Entity('audit_events')
@Index('audit_events_organisation_at_idx', ['organisationId', 'at'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ name: 'entity_type', type: 'varchar', length: 64 })
  entityType: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 64 })
  entityId: string;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  /** JSON text, exactly as hashed. */
  @Column({ type: 'text', nullable: true })
  details: string | null;

  @Column({ name: 'previous_hash', type: 'char', length: 64 })
  previousHash: string;

  @Column({ type: 'char', length: 64 })
  hash: string;
}
