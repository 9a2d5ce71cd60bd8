import type { Logger } from 'pino';
import { DataSource, EntityManager } from 'typeorm';
import { Role } from '@app/access';
import { hashPassword, MembershipEntity, UserEntity } from '@app/accounts';
import { AppMetaEntity, ADVISORY_LOCKS } from '@app/database';
import { ActivityEntity, ActivityStatus, AssuranceStatus, OrganisationEntity, REMOTE_MODES, VenueEntity } from '@app/directory';
import { locatePostcode, normalisePostcode } from '@app/geo';
import { SearchOutbox } from '@app/outbox';
import { systemClock } from '@app/common';
import { AuditTrail } from '@app/assurance';
import { DEMO_ORGANISATIONS } from './demo-organisations';
import { seedDemoUsage } from './demo-usage';

export const DEMO_PASSWORD = 'demo-password';
export const DEMO_ACCOUNTS: { email: string; role: Role }[] = [
  { email: 'admin@demo.test', role: Role.ADMIN },
  { email: 'linkworker@demo.test', role: Role.LINK_WORKER },
  { email: 'leader@demo.test', role: Role.VCSE_LEADER },
  { email: 'assurer@demo.test', role: Role.ASSURER },
  { email: 'commissioner@demo.test', role: Role.COMMISSIONER },
];
/** leader@demo.test leads these demo organisations. */
export const DEMO_LEADER_ORGANISATIONS = ['Ancoats Community Kitchen', 'Bolton Men’s Shed'];

const MARKER = 'demo-data';

function isoDate(daysFromToday: number): string {
  return new Date(Date.now() + daysFromToday * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Loads the demo directory once. A marker row (written in the same transaction) makes a second
 * run a no-op, and an advisory lock keeps two replicas starting together from both loading it.
 */
export async function seedDemoData(dataSource: DataSource, logger: Logger): Promise<boolean> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return dataSource.transaction(async (em) => {
    await em.query('SELECT pg_advisory_xact_lock($1)', [ADVISORY_LOCKS.demoSeed]);
    if (await em.getRepository(AppMetaEntity).findOneBy({ key: MARKER })) return false;
    const users = await insertUsers(em, passwordHash);
    const activityIds: string[] = [];
    for (const demo of DEMO_ORGANISATIONS) {
      const assured = [AssuranceStatus.ASSURED, AssuranceStatus.EXPIRING, AssuranceStatus.LAPSED].includes(demo.assurance);
      const organisation = await em.getRepository(OrganisationEntity).save(
        em.getRepository(OrganisationEntity).create({
          name: demo.name,
          description: demo.description,
          website: demo.website ?? null,
          email: demo.email ?? null,
          phone: demo.phone ?? null,
          charityNumber: demo.charityNumber ?? null,
          companyNumber: demo.companyNumber ?? null,
          legalForm: demo.legalForm,
          sizeBand: demo.sizeBand,
          assuranceStatus: demo.assurance,
          assuredUntil: assured && demo.assuredForDays !== undefined ? isoDate(demo.assuredForDays) : null,
        }),
      );
      if (demo.assurance !== AssuranceStatus.NOT_ASSESSED) {
        // History for assuredProviders(asOf) and the audit trail, as the workflow would have left it.
        await new AuditTrail(dataSource, systemClock).append(em, {
          actorId: users.get('assurer@demo.test')!,
          action: 'ORGANISATION_STATUS_CHANGED',
          entityType: 'Organisation',
          entityId: organisation.id,
          organisationId: organisation.id,
          details: { from: AssuranceStatus.NOT_ASSESSED, to: demo.assurance, assuredUntil: organisation.assuredUntil, reason: 'demo data' },
        });
      }
      if (DEMO_LEADER_ORGANISATIONS.includes(demo.name)) {
        await em.getRepository(MembershipEntity).insert({ userId: users.get('leader@demo.test')!, organisationId: organisation.id });
      }
      const venues: VenueEntity[] = [];
      for (const v of demo.venues) {
        const postcode = normalisePostcode(v.postcode)!;
        const place = locatePostcode(postcode);
        venues.push(
          await em.getRepository(VenueEntity).save(
            em.getRepository(VenueEntity).create({
              organisationId: organisation.id,
              name: v.name,
              addressLine1: v.addressLine1,
              town: v.town,
              postcode,
              outcode: place.outcode,
              latitude: place.latitude,
              longitude: place.longitude,
              accessibility: v.accessibility,
              transportNotes: v.transportNotes ?? null,
            }),
          ),
        );
      }
      for (const [index, a] of demo.activities.entries()) {
        const remote = REMOTE_MODES.includes(a.mode);
        const saved = await em.getRepository(ActivityEntity).save(
          em.getRepository(ActivityEntity).create({
            organisationId: organisation.id,
            venueId: remote ? null : venues[a.venue ?? 0].id,
            title: a.title,
            description: a.description,
            needs: a.needs,
            category: a.category,
            accessibility: a.accessibility ?? [],
            deliveryMode: a.mode,
            schedule: a.slots.map(([day, startTime, endTime]) => ({ day, startTime, endTime })),
            free: !a.cost,
            costDescription: a.cost ?? null,
            minimumAge: a.ages?.[0] ?? null,
            maximumAge: a.ages?.[1] ?? null,
            languages: a.languages ?? ['en'],
            selfReferral: a.selfReferral ?? true,
            placesPerSession: a.capacity?.[0] ?? null,
            spacesAvailable: a.capacity?.[1] ?? null,
            waitingList: a.capacity?.[2] ?? null,
            status: a.status ?? ActivityStatus.ACTIVE,
            // Some listings recently confirmed, some not for a while.
            lastVerifiedAt: new Date(Date.now() - ((index * 37) % 200) * 86_400_000),
          }),
        );
        activityIds.push(saved.id);
      }
    }
    await seedDemoUsage(em, users.get('linkworker@demo.test')!, users.get('leader@demo.test')!);
    await new SearchOutbox().activitiesChanged(em, activityIds);
    await em.getRepository(AppMetaEntity).insert({ key: MARKER, value: new Date().toISOString() });
    logger.info({ organisations: DEMO_ORGANISATIONS.length, activities: activityIds.length, accounts: DEMO_ACCOUNTS.length }, 'demo data loaded');
    return true;
  });
}

async function insertUsers(em: EntityManager, passwordHash: string): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const account of DEMO_ACCOUNTS) {
    const existing = await em.getRepository(UserEntity).findOneBy({ email: account.email });
    const user = existing ?? (await em.getRepository(UserEntity).save(em.getRepository(UserEntity).create({ ...account, passwordHash })));
    ids.set(account.email, user.id);
  }
  return ids;
}
