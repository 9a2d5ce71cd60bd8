import { Inject, Injectable } from '@nestjs/common';
import { IsNull, Not } from 'typeorm';
import { Transactions } from '@app/database';
import { UnauthenticatedError, CLOCK, Clock } from '@app/common';
import { Role, Viewer } from '@app/access';
import { TokenService } from './token.service';
import { SessionEntity } from './session.entity';

interface LiveSessionRow {
  role: Role;
  must_change_password: boolean;
}

/** Opens, checks and ends sessions. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly tokens: TokenService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async open(userId: string): Promise<{ token: string; expiresAt: Date; sessionId: string }> {
    const em = this.transactions.tx;
    const expiresAt = new Date(this.clock.now().getTime() + this.tokens.ttlSeconds * 1000);
    // Ended sessions are kept a while (they show when someone signed out), then dropped.
    await em.query(`DELETE FROM sessions WHERE user_id = $1 AND (expires_at < now() - interval '1 day' OR revoked_at < now() - interval '30 days')`, [userId]);
    const repo = em.getRepository(SessionEntity);
    const session = await repo.save(repo.create({ userId, expiresAt, revokedAt: null }));
    return { token: this.tokens.sign({ userId, sessionId: session.id }, expiresAt), expiresAt, sessionId: session.id };
  }

  /** The viewer a token stands for, read afresh: a revoked or expired session or a disabled user is refused. */
  async viewerFor(token: string): Promise<NonNullable<Viewer>> {
    const { userId, sessionId } = this.tokens.verify(token);
    const [row]: LiveSessionRow[] = await this.transactions.tx.query(
      `SELECT u.role, u.must_change_password
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.disabled_at IS NULL`,
      [sessionId, userId],
    );
    if (!row) throw new UnauthenticatedError('Your session has ended; sign in again');
    return { userId, role: row.role, sessionId, mustChangePassword: row.must_change_password };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.transactions.tx.getRepository(SessionEntity).update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
  }

  /** Ends every session of the user, or every one but `keep` (a password change keeps the session that made it). */
  async revokeAll(userId: string, keep?: string): Promise<void> {
    await this.transactions.tx
      .getRepository(SessionEntity)
      .update({ userId, revokedAt: IsNull(), ...(keep ? { id: Not(keep) } : {}) }, { revokedAt: this.clock.now() });
  }
}
