import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccountsRepository, Role, Viewer } from '@app/accounts';
import { ForbiddenError, UnauthenticatedError } from '@app/common';

/** Who may change an organisation and everything it owns: its members who lead it, and admins. */
@Injectable()
export class DirectoryAccess {
  constructor(private readonly accounts: AccountsRepository) {}

  async assertCanManage(viewer: Viewer, organisationId: string, em?: EntityManager): Promise<void> {
    if (!viewer) throw new UnauthenticatedError();
    if (viewer.role === Role.ADMIN) return;
    if (viewer.role === Role.VCSE_LEADER && (await this.accounts.isMember(viewer.userId, organisationId, em))) return;
    throw new ForbiddenError('Only leaders of this organisation (or an admin) may change it');
  }

  /** The same check for many organisations at once (bulk writes): one query, not one per organisation. */
  async assertCanManageAll(viewer: Viewer, organisationIds: readonly string[], em: EntityManager): Promise<void> {
    if (!viewer) throw new UnauthenticatedError();
    if (viewer.role === Role.ADMIN || !organisationIds.length) return;
    if (viewer.role === Role.VCSE_LEADER) {
      const rows: { organisation_id: string }[] = await em.query(
        'SELECT organisation_id FROM organisation_members WHERE user_id = $1 AND organisation_id = ANY($2::uuid[])',
        [viewer.userId, organisationIds],
      );
      if (rows.length === new Set(organisationIds).size) return;
    }
    throw new ForbiddenError('Only leaders of this organisation (or an admin) may change it');
  }

  /**
   * Signed-in users see every listing; anonymous callers only ACTIVE activities of organisations that
   * are not suspended (to them a suspended group is simply "not currently available").
   */
  seesInactive(viewer: Viewer): boolean {
    return viewer !== null;
  }
}
