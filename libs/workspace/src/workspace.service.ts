import { Inject, Injectable } from '@nestjs/common';
import { OrganisationAccess, Viewer } from '@app/access';
import { EvidenceReminders } from '@app/assurance';
import { CLOCK, Clock, ForbiddenError, isoDay } from '@app/common';
import { ActivitiesService, AssuranceStatus, effectiveAssuranceStatus } from '@app/directory';
import { ConnectionsService } from '@app/usage';
import { OrganisationWorkspaceType } from './workspace.types';

const EVIDENCE_WARNING_DAYS = 30;

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The counts and next steps on a leader's "My organisations" page. */
@Injectable()
export class WorkspaceService {
  constructor(
    private readonly access: OrganisationAccess,
    private readonly activities: ActivitiesService,
    private readonly connections: ConnectionsService,
    private readonly reminders: EvidenceReminders,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Only the organisation's leaders (and admins) see its workspace. */
  async forOrganisation(
    viewer: Viewer,
    organisation: { id: string; storedAssuranceStatus: AssuranceStatus; assuredUntil: string | null },
  ): Promise<OrganisationWorkspaceType> {
    if (!(await this.access.canManage(viewer, organisation.id))) throw new ForbiddenError("Only the organisation's leaders see its workspace");
    const now = this.clock.now();
    const assurance = effectiveAssuranceStatus(organisation.storedAssuranceStatus, organisation.assuredUntil, isoDay(now));
    const listings = await this.activities.counts(organisation.id);
    const waitingReferrals = await this.connections.waitingFor(organisation.id);
    const evidenceExpiringSoon = (await this.reminders.expiringIn([organisation.id], EVIDENCE_WARNING_DAYS)).length;
    const nextSteps = [
      waitingReferrals && `Answer ${count(waitingReferrals, 'referral', 'referrals')} waiting for a reply`,
      evidenceExpiringSoon && `Renew ${count(evidenceExpiringSoon, 'evidence item that expires', 'evidence items that expire')} within 30 days`,
      assurance === AssuranceStatus.NOT_ASSESSED && 'Start your quality assurance so link workers can refer people to you',
      assurance === AssuranceStatus.LAPSED && 'Your assurance has lapsed: start a new assessment',
      listings.toConfirm && `Confirm ${count(listings.toConfirm, 'listing that is', 'listings that are')} due for a check`,
      listings.full && `${count(listings.full, 'listing is', 'listings are')} full: update them when spaces open`,
      !listings.active && !listings.paused && 'Add your first listing',
    ].filter((step): step is string => !!step);
    return {
      waitingReferrals,
      activeListings: listings.active,
      pausedListings: listings.paused,
      closedListings: listings.closed,
      fullListings: listings.full,
      listingsToConfirm: listings.toConfirm,
      evidenceExpiringSoon,
      nextSteps,
    };
  }
}
