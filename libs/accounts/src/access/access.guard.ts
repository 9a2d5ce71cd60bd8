import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, UnauthenticatedError } from '@app/common';
import { ACCESS_POLICY, AccessPolicy, requestOf } from './access.decorators';
import { TokenService } from './token.service';

/**
 * The one guard, applied globally. It reads the bearer token (a bad token is always refused, even on
 * a public operation) and enforces the handler's access policy. A handler without a policy is
 * refused: access is denied by default.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const request = requestOf(context);
    if (!request) return true; // field resolvers run inside an already-guarded operation
    const header = request.headers['authorization'];
    const value = Array.isArray(header) ? header[0] : header;
    if (value) {
      const match = /^Bearer\s+(\S+)$/i.exec(value);
      if (!match) throw new UnauthenticatedError('The Authorization header must be "Bearer <token>"');
      request.viewer = this.tokens.verify(match[1]);
    } else {
      request.viewer = null;
    }

    if (!policy) throw new ForbiddenError('This operation has no access policy');
    if (policy.kind === 'public') return true;
    if (!request.viewer) throw new UnauthenticatedError();
    if (policy.kind === 'roles' && !policy.roles.includes(request.viewer.role)) {
      throw new ForbiddenError(`Only ${policy.roles.join(', ')} may do this`);
    }
    return true;
  }
}
