import { Inject, Injectable } from '@nestjs/common';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, CLOCK, Clock } from '@app/common';
import { Viewer } from '@app/access';
import { Transactions } from '@app/database';
import { AccountsRepository } from './accounts.repository';
import { ProfileInput, UpdateUserInput, UserFilterInput } from './dto/account.inputs';
import { CreateUserInput } from './dto/create-user.input';
import { LoginThrottle } from './passwords/login-throttle';
import { hashPassword, oneTimePassword, verifyPassword } from './passwords/password-hash';
import { passwordProblem } from './passwords/password-policy';
import { SessionsService } from './sessions/sessions.service';
import { UserEntity } from './user.entity';

// Compared against when the email is unknown, so a wrong email takes as long as a wrong password.
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

function pgCode(error: unknown): string | undefined {
  return (error as { driverError?: { code?: string }; code?: string }).driverError?.code ?? (error as { code?: string }).code;
}

/** The profile fields given (an empty text removes one); those left out stay as they are. */
function profileChanges(input: ProfileInput): Partial<UserEntity> {
  const changes: Partial<UserEntity> = {};
  if (input.name !== undefined) changes.name = input.name || null;
  if (input.organisationName !== undefined) changes.organisationName = input.organisationName || null;
  if (input.notificationFrequency) changes.notificationFrequency = input.notificationFrequency;
  return changes;
}

export interface OpenedSession {
  user: UserEntity;
  token: string;
  expiresAt: Date;
}

/** Accounts and sessions: signing in and out, passwords, and the admin's user management. */
@Injectable()
export class AccountsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly accounts: AccountsRepository,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottle,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Checks the password (throttled per account and address) and opens a session. */
  async signIn(email: string, password: string, address: string): Promise<OpenedSession> {
    await this.throttle.begin(email, address);
    const user = await this.accounts.findByEmail(email);
    const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !ok || user.disabledAt) {
      throw new UnauthenticatedError(user?.disabledAt && ok ? 'This account has been disabled; ask your administrator' : 'Email or password is incorrect');
    }
    await this.throttle.succeeded(email, address);
    return { user, ...(await this.sessions.open(user.id)) };
  }

  async signOut(viewer: Viewer): Promise<void> {
    if (viewer?.sessionId) await this.sessions.revoke(viewer.sessionId);
  }

  async signOutEverywhere(viewer: NonNullable<Viewer>): Promise<void> {
    await this.sessions.revokeAll(viewer.userId);
  }

  /** Ends every other session of the user; the one that changed the password stays signed in. */
  async changePassword(viewer: NonNullable<Viewer>, currentPassword: string, newPassword: string): Promise<UserEntity> {
    const user = await this.getUser(viewer.userId);
    if (!(await verifyPassword(currentPassword, user.passwordHash))) throw BadUserInputError.field('currentPassword', 'is not your current password');
    const problem = passwordProblem(newPassword, user.email);
    if (problem) throw BadUserInputError.field('newPassword', problem);
    if (await verifyPassword(newPassword, user.passwordHash)) throw BadUserInputError.field('newPassword', 'must be different from your current password');
    const passwordHash = await hashPassword(newPassword);
    await this.transactions.withTransaction(async () => {
      await this.accounts.updateUser(user.id, { passwordHash, mustChangePassword: false });
      await this.sessions.revokeAll(user.id, viewer.sessionId);
    });
    return this.getUser(user.id);
  }

  async me(viewer: Viewer): Promise<UserEntity | null> {
    if (!viewer) return null;
    const user = await this.accounts.findById(viewer.userId);
    if (!user) throw new UnauthenticatedError('This account no longer exists');
    return user;
  }

  async updateProfile(viewer: NonNullable<Viewer>, input: ProfileInput): Promise<UserEntity> {
    await this.accounts.updateUser(viewer.userId, profileChanges(input));
    return this.getUser(viewer.userId);
  }

  async createUser(input: CreateUserInput): Promise<UserEntity> {
    const problem = passwordProblem(input.password, input.email);
    if (problem) throw BadUserInputError.field('password', problem);
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.transactions.withTransaction(async () => {
        const user = await this.accounts.insertUser({
          email: input.email,
          passwordHash,
          role: input.role,
          name: input.name || null,
          organisationName: input.organisationName || null,
          mustChangePassword: input.temporaryPassword !== false,
        });
        await this.accounts.addMembers(user.id, input.organisationIds ?? []);
        return user;
      });
    } catch (error) {
      if (pgCode(error) === '23505') throw new ConflictError(`A user with email ${input.email.toLowerCase()} already exists`);
      if (pgCode(error) === '23503') throw BadUserInputError.field('organisationIds', 'contains an organisation that does not exist');
      throw error;
    }
  }

  list(filter: UserFilterInput) {
    return this.accounts.list({ email: filter.email, role: filter.role, page: filter.page ?? 1, pageSize: filter.pageSize ?? 50 });
  }

  /** A new role or set of organisations applies to the user's very next request. */
  async updateUser(viewer: NonNullable<Viewer>, id: string, input: UpdateUserInput): Promise<UserEntity> {
    if (id === viewer.userId && input.role !== undefined && input.role !== viewer.role)
      throw new ForbiddenError('You cannot change your own role; ask another admin');
    try {
      await this.transactions.withTransaction(async () => {
        if (!(await this.accounts.lockById(id))) throw new NotFoundError('User', id);
        if (input.role !== undefined) await this.accounts.updateUser(id, { role: input.role });
        await this.accounts.updateUser(id, profileChanges(input));
        if (input.organisationIds !== undefined) await this.accounts.replaceMembers(id, [...new Set(input.organisationIds)]);
      });
    } catch (error) {
      if (pgCode(error) === '23503') throw BadUserInputError.field('organisationIds', 'contains an organisation that does not exist');
      throw error;
    }
    return this.getUser(id);
  }

  /** A disabled user cannot sign in, and every session they had ends at once. */
  async setDisabled(viewer: NonNullable<Viewer>, id: string, disabled: boolean): Promise<UserEntity> {
    if (id === viewer.userId && disabled) throw new ForbiddenError('You cannot disable your own account');
    await this.transactions.withTransaction(async () => {
      const user = await this.accounts.lockById(id);
      if (!user) throw new NotFoundError('User', id);
      await this.accounts.updateUser(id, { disabledAt: disabled ? (user.disabledAt ?? this.clock.now()) : null });
      if (disabled) await this.sessions.revokeAll(id);
    });
    return this.getUser(id);
  }

  /** Sets a one-time password and ends the user's sessions; they must choose their own when they sign in. */
  async resetPassword(viewer: NonNullable<Viewer>, id: string): Promise<{ user: UserEntity; password: string }> {
    if (id === viewer.userId) throw new ForbiddenError('Change your own password with changePassword');
    const password = oneTimePassword();
    const passwordHash = await hashPassword(password);
    await this.transactions.withTransaction(async () => {
      if (!(await this.accounts.lockById(id))) throw new NotFoundError('User', id);
      await this.accounts.updateUser(id, { passwordHash, mustChangePassword: true });
      await this.sessions.revokeAll(id);
    });
    return { user: await this.getUser(id), password };
  }

  async getUser(id: string): Promise<UserEntity> {
    const user = await this.accounts.findById(id);
    if (!user) throw new NotFoundError('User', id);
    return user;
  }
}
