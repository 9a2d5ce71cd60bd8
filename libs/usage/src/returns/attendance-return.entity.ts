import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Monthly figures for one activity. A second return for the month supersedes the first (kept as history). */
@Entity('attendance_returns')
@Index('attendance_returns_current_key', ['activityId', 'month'], { unique: true, where: 'superseded_at IS NULL' })
@Index('attendance_returns_organisation_month_idx', ['organisationId', 'month'])
export class AttendanceReturnEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'activity_id', type: 'uuid' })
  activityId: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  /** "YYYY-MM" */
  @Column({ type: 'char', length: 7 })
  month: string;

  @Column({ name: 'sessions_run', type: 'int' })
  sessionsRun: number;

  @Column({ type: 'int' })
  attendances: number;

  @Column({ name: 'new_participants', type: 'int' })
  newParticipants: number;

  /** The leader confirmed figures above what the activity's places and sessions allow. */
  @Column({ name: 'confirmed_unusual', type: 'boolean', default: false })
  confirmedUnusual: boolean;

  @Column({ name: 'submitted_by', type: 'uuid' })
  submittedBy: string;

  @CreateDateColumn({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;

  @Column({ name: 'superseded_at', type: 'timestamptz', nullable: true })
  supersededAt: Date | null;
}
