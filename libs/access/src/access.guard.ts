import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, UnauthenticatedError } from '@app/common';
import { ACCESS_POLICY, AccessPolicy, ALLOWED_BEFORE_PASSWORD_CHANGE, requestOf } from './access.decorators';
import { clearSessionCookieOn, isCrossSiteWrite, presentedToken } from './session-cookie';
import { SESSION_LOOKUP, SessionLookup } from './ports';
import { RequestWithViewer, Viewer } from './viewer';

/**
 * The one guard, applied globally. It reads the bearer token or session cookie, checks the session
 * is live (once per request: a bad token is always refused, even on a public operation) and enforces
 * the handler's access policy. A handler without a policy is refused: access is denied by default.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(SESSION_LOOKUP) private readonly sessions: SessionLookup,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, targets);
    const request = requestOf(context);
    if (!request) return true; // field resolvers run inside an already-guarded operation
    const viewer = await this.viewerOf(request);

    if (!policy) throw new ForbiddenError('This operation has no access policy');
    if (policy.kind === 'public') return true;
    if (!viewer) throw new UnauthenticatedError();
    if (viewer.mustChangePassword && !this.reflector.getAllAndOverride<boolean>(ALLOWED_BEFORE_PASSWORD_CHANGE, targets)) {
      throw new ForbiddenError('Choose a new password before you continue', { reason: 'PASSWORD_CHANGE_REQUIRED' });
    }
    if (policy.kind === 'roles' && !policy.roles.includes(viewer.role)) {
      throw new ForbiddenError(`Only ${policy.roles.join(', ')} may do this`);
    }
    return true;
  }

  private async viewerOf(request: RequestWithViewer): Promise<Viewer> {
    if (request.viewer !== undefined) return request.viewer;
    const presented = presentedToken(request);
    if (presented?.via === 'cookie' && isCrossSiteWrite(request)) throw new ForbiddenError('This request did not come from this site');
    try {
      request.viewer = presented ? await this.sessions.viewerFor(presented.token) : null;
    } catch (error) {
      // A dead session cookie is removed, so the browser's next request is simply anonymous.
      if (presented?.via === 'cookie' && request.res) clearSessionCookieOn(request.res);
      throw error;
    }
    return request.viewer;
  }
}
