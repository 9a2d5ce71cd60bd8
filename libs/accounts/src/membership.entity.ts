import { CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A user who may manage an organisation (its venues, activities, evidence and returns). */
@Entity('organisation_members')
export class MembershipEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Index('organisation_members_organisation_idx')
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

