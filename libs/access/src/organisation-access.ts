import { Inject, Injectable } from '@nestjs/common';
import { ForbiddenError, UnauthenticatedError } from '@app/common';
import { MEMBERSHIPS, Memberships } from './ports';
import { Role } from './role';
import { Viewer } from './viewer';

/**
 * The one row-level access policy for everything an organisation owns (listings, venues, evidence,
 * referrals, returns, usage). Its leaders — the VCSE leaders who are its members — manage it, and
 * admins; some roles oversee every organisation and may read (each feature says which).
 */
@Injectable()
export class OrganisationAccess {
  constructor(@Inject(MEMBERSHIPS) private readonly memberships: Memberships) {}

  /** Whether the viewer leads the organisation (or is an admin). */
  async canManage(viewer: Viewer, organisationId: string): Promise<boolean> {
    if (!viewer) return false;
    if (viewer.role === Role.ADMIN) return true;
    return viewer.role === Role.VCSE_LEADER && (await this.memberships.memberOf(viewer.userId, [organisationId])).size > 0;
  }

  /** Whether the viewer is one of the organisation's own leaders (admins are not): for what only the group may read. */
  async isLeaderOf(viewer: Viewer, organisationId: string): Promise<boolean> {
    return viewer?.role === Role.VCSE_LEADER && (await this.memberships.memberOf(viewer.userId, [organisationId])).size > 0;
  }

  /** Leaders of the organisation, and admins. */
  async assertCanManage(viewer: Viewer, organisationId: string): Promise<void> {
    await this.assertCanManageAll(viewer, [organisationId]);
  }

  /** The same for many organisations at once (bulk writes): one query for the lot. */
  async assertCanManageAll(viewer: Viewer, organisationIds: readonly string[]): Promise<void> {
    const signedIn = this.signedIn(viewer);
    if (signedIn.role === Role.ADMIN || !organisationIds.length) return;
    if (signedIn.role === Role.VCSE_LEADER && (await this.memberships.memberOf(signedIn.userId, organisationIds)).size === new Set(organisationIds).size)
      return;
    throw new ForbiddenError('Only leaders of this organisation (or an admin) may change it');
  }

  /** Leaders of the organisation, admins, and the roles that oversee every organisation for this purpose. */
  async assertCanRead(viewer: Viewer, organisationId: string, overseers: readonly Role[], what = 'this'): Promise<void> {
    const signedIn = this.signedIn(viewer);
    if (signedIn.role === Role.ADMIN || overseers.includes(signedIn.role)) return;
    if (signedIn.role === Role.VCSE_LEADER && (await this.memberships.memberOf(signedIn.userId, [organisationId])).size) return;
    throw new ForbiddenError(
      `Only the organisation’s leaders${overseers.length ? `, ${overseers.map((r) => r.toLowerCase().replace('_', ' ') + 's').join(', ')}` : ''} and admins may see ${what}`,
    );
  }

  /**
   * For queries over many organisations: undefined when the viewer sees them all (admins and the
   * given overseers), otherwise the organisations a leader belongs to (which bound the rows).
   */
  async memberScope(viewer: Viewer, overseers: readonly Role[]): Promise<string[] | undefined> {
    const signedIn = this.signedIn(viewer);
    if (signedIn.role === Role.ADMIN || overseers.includes(signedIn.role)) return undefined;
    if (signedIn.role === Role.VCSE_LEADER) return this.memberships.organisationIdsOf(signedIn.userId);
    throw new ForbiddenError('You do not have permission to see this');
  }

  /** The organisations the user leads. */
  organisationsOf(userId: string): Promise<string[]> {
    return this.memberships.organisationIdsOf(userId);
  }

  /** Signed-in users see every listing; anonymous callers only what is public. */
  seesInactive(viewer: Viewer): boolean {
    return viewer !== null;
  }

  private signedIn(viewer: Viewer): NonNullable<Viewer> {
    if (!viewer) throw new UnauthenticatedError();
    return viewer;
  }
}
