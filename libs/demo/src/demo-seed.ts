import type { INestApplicationContext } from '@nestjs/common';
import type { Logger } from 'pino';
import { EntityManager } from 'typeorm';
import { Role } from '@app/access';
import { hashPassword, MembershipEntity, UserEntity } from '@app/accounts';
import { AppMetaEntity, ADVISORY_LOCKS, holdTransactionLock, Transactions } from '@app/database';
import { ActivityEntity, ActivityStatus, AssuranceStatus, OrganisationEntity, REMOTE_MODES, VenueEntity } from '@app/directory';
import { LocationPrecision, normalisePostcode, outwardCode } from '@app/geo';
import { SearchOutbox } from '@app/outbox';
import { addDays, CLOCK, Clock, isoDay } from '@app/common';
import { AuditTrail } from '@app/assurance';
import { seedDemoPostcodes } from './demo-postcodes';
import { DEMO_ORGANISATIONS } from './demo-organisations';
import { seedDemoUsage } from './demo-usage';
import { seedDemoWellbeing } from './demo-wellbeing';
import { seedDemoPopulation } from './demo-population';
import { seedDemoAssuranceWork } from './demo-assurance-work';
import { seedDemoReferral } from './demo-referrals';

export const DEMO_PASSWORD = 'demo-password';
export const DEMO_ACCOUNTS: { email: string; role: Role; name: string; organisationName?: string }[] = [
  { email: 'admin@demo.test', role: Role.ADMIN, name: 'Alex Admin' },
  { email: 'linkworker@demo.test', role: Role.LINK_WORKER, name: 'Sam Okafor', organisationName: 'Central Manchester PCN' },
  { email: 'leader@demo.test', role: Role.VCSE_LEADER, name: 'Priya Shah' },
  { email: 'assurer@demo.test', role: Role.ASSURER, name: 'Jordan Reid' },
  { email: 'commissioner@demo.test', role: Role.COMMISSIONER, name: 'Morgan Ellis' },
];
/** leader@demo.test leads these demo organisations. */
export const DEMO_LEADER_ORGANISATIONS = ['Ancoats Community Kitchen', 'Bolton Men’s Shed'];

const MARKER = 'demo-data';

/**
 * Loads the demo directory once. A marker row (written in the same transaction) makes a second
 * run a no-op, and an advisory lock keeps two replicas starting together from both loading it.
 */
export async function seedDemoData(app: INestApplicationContext, logger: Logger): Promise<boolean> {
  const transactions: Transactions = app.get(Transactions);
  const audit = app.get(AuditTrail);
  const outbox = app.get(SearchOutbox);
  const now = app.get<Clock>(CLOCK).now();
  const isoDate = (daysFromToday: number) => addDays(isoDay(now), daysFromToday);
  const alreadyLoaded = (em: EntityManager) => em.getRepository(AppMetaEntity).existsBy({ key: MARKER });
  // Every start after the first ends here, before the scrypt hash below (0.2 s).
  if (await alreadyLoaded(transactions.tx)) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  let users = new Map<string, string>();
  const loaded = await transactions.withTransaction(async () => {
    const em = transactions.tx;
    await holdTransactionLock(em, ADVISORY_LOCKS.demoSeed);
    if (await alreadyLoaded(em)) return false;
    users = await insertUsers(em, passwordHash);
    await seedDemoPostcodes(em);
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
        await audit.append({
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
        venues.push(
          await em.getRepository(VenueEntity).save(
            em.getRepository(VenueEntity).create({
              organisationId: organisation.id,
              name: v.name,
              addressLine1: v.addressLine1,
              town: v.town,
              postcode,
              outcode: outwardCode(postcode)!,
              latitude: v.latitude,
              longitude: v.longitude,
              precision: LocationPrecision.COORDINATES,
              accessibility: v.accessibility,
              transportNotes: v.transportNotes ?? null,
            }),
          ),
        );
      }
      for (const a of demo.activities) {
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
            coverageOutcodes: (a.coverage ?? []).filter((code) => outwardCode(code) === code),
            coverageDistricts: (a.coverage ?? []).filter((code) => outwardCode(code) !== code),
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
            // Confirmed 0–199 days ago, spread over all 60 listings: mostly fresh, some due, a few stale.
            lastVerifiedAt: new Date(now.getTime() - ((activityIds.length * 37) % 200) * 86_400_000),
          }),
        );
        activityIds.push(saved.id);
      }
    }
    await seedDemoUsage(em, users.get('linkworker@demo.test')!, users.get('leader@demo.test')!, now);
    await seedDemoWellbeing(em, users.get('linkworker@demo.test')!, now);
    await seedDemoPopulation(em);
    await outbox.activitiesChanged(activityIds);
    await seedDemoAssuranceWork(app, users, now);
    await em.getRepository(AppMetaEntity).insert({ key: MARKER, value: now.toISOString() });
    logger.info({ organisations: DEMO_ORGANISATIONS.length, activities: activityIds.length, accounts: DEMO_ACCOUNTS.length }, 'demo data loaded');
    return true;
  });
  // After the commit: recording a connection reads activities outside the seeding transaction.
  if (loaded) await seedDemoReferral(app, users);
  return loaded;
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
