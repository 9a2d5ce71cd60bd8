import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
// Straight to the file: entities load before any feature index.
import { Role } from '../../access/src/role';
import { NotificationFrequency } from './notification-frequency';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased; unique. */
  @Index('users_email_key', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ type: 'enum', enum: Role, enumName: 'role' })
  role: Role;

  /** Set when an admin disables the account: it cannot sign in and its sessions have ended. */
  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  /** After an admin resets the password: the user must choose a new one before doing anything else. */
  @Column({ name: 'must_change_password', type: 'boolean', default: false })
  mustChangePassword: boolean;

  /** How colleagues see the user, e.g. on a referral ("Sam Patel"). */
  @Column({ type: 'varchar', length: 100, nullable: true })
  name: string | null;

  /** A link worker's PCN or practice, shown to the groups they refer to. */
  @Column({ name: 'organisation_name', type: 'varchar', length: 150, nullable: true })
  organisationName: string | null;

  @Column({
    name: 'notification_frequency',
    type: 'enum',
    enum: NotificationFrequency,
    enumName: 'notification_frequency',
    default: NotificationFrequency.IMMEDIATE,
  })
  notificationFrequency: NotificationFrequency;

  @Column({ name: 'last_digest_at', type: 'timestamptz', nullable: true })
  lastDigestAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
