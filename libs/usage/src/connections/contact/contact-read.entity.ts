import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** Every time someone opened a contact handoff: who and when. */
@Entity('contact_reads')
@Index('contact_reads_connection_idx', ['connectionId', 'at'])
export class ContactReadEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'connection_id', type: 'uuid' })
  connectionId: string;

  @ManyToOne('ConnectionEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'connection_id' })
  connection?: unknown;

  @Column({ name: 'reader_id', type: 'uuid' })
  readerId: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reader_id' })
  reader?: unknown;

  @Column({ type: 'timestamptz' })
  at: Date;
}
