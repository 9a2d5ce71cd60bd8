import type { INestApplicationContext } from '@nestjs/common';
import { Role } from '@app/access';
import { ActivitiesService, ActivityStatus, OrganisationsRepository } from '@app/directory';
import { ConnectionsService } from '@app/usage';

/** The demo leader's group that has a referral with a consented contact waiting in its inbox. */
export const DEMO_REFERRAL_GROUP = 'Ancoats Community Kitchen';

/**
 * A referral for the demo leader to answer, made through the service link workers use: the person
 * agreed to share a first name and a (made-up, Ofcom drama-range) phone number with the group.
 */
export async function seedDemoReferral(app: INestApplicationContext, users: Map<string, string>): Promise<void> {
  const group = (await app.get(OrganisationsRepository).all()).find((o) => o.name === DEMO_REFERRAL_GROUP);
  if (!group) return;
  const [activity] = (await app.get(ActivitiesService).forOrganisation(null, group.id)).filter((a) => a.status === ActivityStatus.ACTIVE);
  if (!activity) return;
  await app.get(ConnectionsService).record(
    { userId: users.get('linkworker@demo.test')!, role: Role.LINK_WORKER },
    {
      activityId: activity.id,
      needs: activity.needs.slice(0, 2),
      personReference: 'DEMO-HANDOFF-01',
      acknowledgeFull: true,
      contact: { consent: true, name: 'Robin', phone: '07700 900461' },
    },
  );
}
