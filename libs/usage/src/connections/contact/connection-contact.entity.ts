import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';

/** A consented contact handoff, sealed (AES-256-GCM); erasing it deletes the row. */
@Entity('connection_contacts')
export class ConnectionContactEntity {
  @PrimaryColumn({ name: 'connection_id', type: 'uuid' })
  connectionId: string;

  @OneToOne('ConnectionEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'connection_id' })
  connection?: unknown;

  @Column({ type: 'bytea' })
  sealed: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
