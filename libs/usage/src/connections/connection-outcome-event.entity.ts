import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ConnectionOutcome } from '../usage-enums';

/** Every outcome change, timestamped, with who made it. */
@Entity('connection_outcome_events')
@Index('connection_outcome_events_connection_idx', ['connectionId', 'at'])
export class ConnectionOutcomeEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'connection_id', type: 'uuid' })
  connectionId: string;

  @Column({ type: 'enum', enum: ConnectionOutcome, enumName: 'connection_outcome' })
  outcome: ConnectionOutcome;

  /** Null when the system made the change (a referral that got no response). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;
}
