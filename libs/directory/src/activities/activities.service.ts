import { Inject, Injectable } from '@nestjs/common';
import { Viewer, OrganisationAccess } from '@app/access';
import { BadUserInputError, FieldProblem, NotFoundError, CLOCK, Clock } from '@app/common';
import { Transactions } from '@app/database';
import { SearchOutbox } from '@app/outbox';
import { TaxonomyKind, TaxonomyService } from '@app/taxonomy';
import { OrganisationsRepository } from '../organisations/organisations.repository';
import { VenuesRepository } from '../venues/venues.repository';
import { ActivitiesRepository } from './activities.repository';
import { AssuranceStatus } from '../organisations/organisation-enums';
import { ActivityStatus, DeliveryMode } from './activity-enums';
import { scheduleProblems } from './activity-rules';
import { ActivityEntity } from './activity.entity';
import { CreateActivityInput, UpdateActivityInput } from './dto/activity.inputs';

type ActivityChanges = Omit<UpdateActivityInput, 'capacity'> & { capacity?: UpdateActivityInput['capacity'] };

@Injectable()
export class ActivitiesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly activities: ActivitiesRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly venues: VenuesRepository,
    private readonly taxonomy: TaxonomyService,
    private readonly access: OrganisationAccess,
    private readonly outbox: SearchOutbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Anonymous callers see only ACTIVE activities of organisations that are not suspended. */
  async get(viewer: Viewer, id: string): Promise<ActivityEntity> {
    const activity = await this.activities.findById(id);
    if (!activity) throw new NotFoundError('Activity', id);
    if (
      !this.access.seesInactive(viewer) &&
      (activity.status !== ActivityStatus.ACTIVE || activity.organisation!.assuranceStatus === AssuranceStatus.SUSPENDED)
    ) {
      throw new NotFoundError('Activity', undefined, 'This activity is not currently available');
    }
    return activity;
  }

  async create(viewer: Viewer, input: CreateActivityInput): Promise<ActivityEntity> {
    const [created] = await this.insertMany(viewer, [input]);
    return (await this.activities.findById(created.id))!;
  }

  /**
   * Validates and inserts many activities of any organisations the viewer manages, all or none,
   * with their outbox rows: the bulk write path (imports, the benchmark).
   */
  insertMany(viewer: Viewer, inputs: readonly CreateActivityInput[]): Promise<ActivityEntity[]> {
    return this.transactions.withTransaction(() => this.insertAll(viewer, inputs));
  }

  private async insertAll(viewer: Viewer, inputs: readonly CreateActivityInput[]): Promise<ActivityEntity[]> {
    const organisationIds = [...new Set(inputs.map((i) => i.organisationId))];
    const existing = await this.organisations.existingIds(organisationIds);
    const unknown = organisationIds.find((id) => !existing.has(id));
    if (unknown) throw new NotFoundError('Organisation', unknown);
    await this.access.assertCanManageAll(viewer, organisationIds);
    const venueIds = [...new Set(inputs.map((i) => i.venueId).filter((id): id is string => !!id))];
    const venueOwners = await this.venues.ownersOf(venueIds); // one query for the whole batch
    const entities: ActivityEntity[] = [];
    for (const input of inputs) {
      const entity = this.activities.create({
        organisationId: input.organisationId,
        status: ActivityStatus.ACTIVE,
        languages: ['en'],
        selfReferral: true,
        accessibility: [],
        schedule: [],
      });
      this.apply(entity, input, venueOwners);
      entities.push(entity);
    }
    await this.activities.insert(entities, this.clock.now());
    await this.outbox.activitiesChanged(entities.map((a) => a.id));
    return entities;
  }

  async update(viewer: Viewer, id: string, input: UpdateActivityInput): Promise<ActivityEntity> {
    await this.transactions.withTransaction(async () => {
      const activity = await this.activities.lockById(id);
      if (!activity) throw new NotFoundError('Activity', id);
      await this.access.assertCanManage(viewer, activity.organisationId);
      const venueId = input.venueId === undefined ? activity.venueId : input.venueId;
      this.apply(activity, input, await this.venues.ownersOf(venueId ? [venueId] : []));
      await this.activities.save(activity);
      await this.outbox.activitiesChanged([id]);
    });
    return (await this.activities.findById(id))!;
  }

  /** The leader confirms the listing is still right: records when. */
  async confirmUpToDate(viewer: Viewer, id: string): Promise<ActivityEntity> {
    await this.transactions.withTransaction(async () => {
      const activity = await this.activities.lockById(id);
      if (!activity) throw new NotFoundError('Activity', id);
      await this.access.assertCanManage(viewer, activity.organisationId);
      activity.lastVerifiedAt = this.clock.now();
      await this.activities.save(activity);
      await this.outbox.activitiesChanged([id]);
    });
    return (await this.activities.findById(id))!;
  }

  /** A referral found the group full: no spaces until the leader says otherwise. */
  async markFull(id: string): Promise<void> {
    await this.transactions.withTransaction(async () => {
      await this.activities.setSpacesAvailable(id, 0);
      await this.outbox.activitiesChanged([id]);
    });
  }

  forOrganisation(viewer: Viewer, organisationId: string): Promise<ActivityEntity[]> {
    return this.activities.forOrganisation(organisationId, !this.access.seesInactive(viewer));
  }

  findByIds(ids: readonly string[]): Promise<ActivityEntity[]> {
    return this.activities.findByIds(ids);
  }

  organisationsByIds(ids: string[]) {
    return this.organisations.findByIds(ids);
  }

  /**
   * Copies the given fields onto the entity, then checks the rules that span fields and tables.
   * `venueOwners` maps venue ids to their organisation (loaded by the caller, once per batch).
   */
  private apply(activity: ActivityEntity, input: ActivityChanges, venueOwners: Map<string, string>): void {
    const set = <K extends keyof ActivityEntity>(key: K, value: ActivityEntity[K] | undefined) => {
      if (value !== undefined) activity[key] = value;
    };
    set('title', input.title?.trim());
    set('description', input.description?.trim());
    set('needs', input.needs && [...new Set(input.needs)]);
    set('category', input.category);
    set('accessibility', input.accessibility && [...new Set(input.accessibility)]);
    set('deliveryMode', input.deliveryMode);
    set(
      'schedule',
      input.schedule?.map(({ day, startTime, endTime }) => ({ day, startTime, endTime })),
    );
    set('free', input.free);
    set('costDescription', input.costDescription === undefined ? undefined : input.costDescription?.trim() || null);
    set('minimumAge', input.minimumAge);
    set('maximumAge', input.maximumAge);
    set('languages', input.languages && (input.languages.length ? [...new Set(input.languages)] : ['en']));
    set('selfReferral', input.selfReferral);
    set('status', input.status);
    set('venueId', input.venueId);
    if (input.capacity !== undefined) {
      activity.placesPerSession = input.capacity?.placesPerSession ?? null;
      activity.spacesAvailable = input.capacity?.spacesAvailable ?? null;
      activity.waitingList = input.capacity?.waitingList ?? null;
    }
    this.assertValid(activity, venueOwners);
  }

  private assertValid(a: ActivityEntity, venueOwners: Map<string, string>): void {
    const problems: FieldProblem[] = [
      ...this.taxonomy.unknownCodes(TaxonomyKind.NEED, a.needs, 'needs'),
      ...this.taxonomy.unknownCodes(TaxonomyKind.CATEGORY, a.category ? [a.category] : [], 'category'),
      ...this.taxonomy.unknownCodes(TaxonomyKind.ACCESSIBILITY, a.accessibility, 'accessibility'),
      ...scheduleProblems(a.schedule),
    ];
    if (a.minimumAge !== null && a.maximumAge !== null && a.minimumAge > a.maximumAge) {
      problems.push({ field: 'maximumAge', message: 'must be at least minimumAge' });
    }
    if (a.venueId) {
      const owner = venueOwners.get(a.venueId);
      if (!owner) problems.push({ field: 'venueId', message: 'no such venue' });
      else if (owner !== a.organisationId) problems.push({ field: 'venueId', message: "is another organisation's venue" });
    } else if (a.deliveryMode === DeliveryMode.IN_PERSON) {
      problems.push({ field: 'venueId', message: 'is required for in-person activities' });
    }
    if (problems.length) throw new BadUserInputError(problems);
  }
}
