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

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;
}
