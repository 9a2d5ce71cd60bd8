import { Inject, Injectable } from '@nestjs/common';
import * as jwt from 'jsonwebtoken';
import { UnauthenticatedError } from '@app/common';
import { Role } from '../role';
import { Viewer } from './viewer';

export const JWT_SETTINGS = Symbol('JWT_SETTINGS');
export interface JwtSettings {
  secret: string;
  ttlSeconds: number;
}

const ISSUER = 'community-asset-directory';

/** Signs and checks the bearer tokens that `login` hands out (HS256, expiring). */
@Injectable()
export class TokenService {
  constructor(@Inject(JWT_SETTINGS) private readonly settings: JwtSettings) {}

  sign(userId: string, role: Role): string {
    return jwt.sign({ role }, this.settings.secret, {
      algorithm: 'HS256',
      subject: userId,
      issuer: ISSUER,
      expiresIn: this.settings.ttlSeconds,
    });
  }

  verify(token: string): NonNullable<Viewer> {
    try {
      const payload = jwt.verify(token, this.settings.secret, { algorithms: ['HS256'], issuer: ISSUER }) as jwt.JwtPayload;
      if (typeof payload.sub !== 'string' || !Object.values(Role).includes(payload.role)) throw new Error('bad claims');
      return { userId: payload.sub, role: payload.role };
    } catch (error) {
      const expired = error instanceof jwt.TokenExpiredError;
      throw new UnauthenticatedError(expired ? 'Your session has expired; sign in again' : 'The access token is not valid');
    }
  }
}
