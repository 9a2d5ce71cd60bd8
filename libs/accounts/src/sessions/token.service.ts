import { createSecretKey, KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import * as jwt from 'jsonwebtoken';
import { UnauthenticatedError } from '@app/common';

export const JWT_SETTINGS = Symbol('JWT_SETTINGS');
export interface JwtSettings {
  secret: string;
  ttlSeconds: number;
}

const ISSUER = 'community-asset-directory';

export interface TokenClaims {
  userId: string;
  sessionId: string;
}

/**
 * Signs and checks session tokens (HS256). A token only names a session; whether the session and
 * its user are still live is checked on every request (SessionsService).
 */
@Injectable()
export class TokenService {
  /** Given a string, jsonwebtoken first tries to read it as a PEM public key on every call (about 1 ms measured). */
  private readonly key: KeyObject;

  constructor(@Inject(JWT_SETTINGS) private readonly settings: JwtSettings) {
    this.key = createSecretKey(Buffer.from(settings.secret, 'utf8'));
  }

  get ttlSeconds(): number {
    return this.settings.ttlSeconds;
  }

  sign(claims: TokenClaims, expiresAt: Date): string {
    return jwt.sign({ sid: claims.sessionId, exp: Math.floor(expiresAt.getTime() / 1000) }, this.key, {
      algorithm: 'HS256',
      subject: claims.userId,
      issuer: ISSUER,
    });
  }

  verify(token: string): TokenClaims {
    try {
      const payload = jwt.verify(token, this.key, { algorithms: ['HS256'], issuer: ISSUER }) as jwt.JwtPayload;
      // A token that never expires is refused even when its signature is good.
      if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string' || typeof payload.exp !== 'number') throw new Error('bad claims');
      return { userId: payload.sub, sessionId: payload.sid };
    } catch (error) {
      const expired = error instanceof jwt.TokenExpiredError;
      throw new UnauthenticatedError(expired ? 'Your session has expired; sign in again' : 'The access token is not valid');
    }
  }

  /** The user a token names, without any check but its signature: for rate-limit keys only. */
  peekUserId(token: string): string | undefined {
    try {
      return this.verify(token).userId;
    } catch {
      return undefined;
    }
  }
}
