import { Inject, Injectable } from '@nestjs/common';
import { Viewer, OrganisationAccess } from '@app/access';
import { BadUserInputError, ConflictError, FieldProblem, NotFoundError, CLOCK, Clock, isoDay } from '@app/common';
import { Transactions } from '@app/database';
import { Locator } from '@app/geo';
import { SearchOutbox } from '@app/outbox';
import { TaxonomyKind, TaxonomyService } from '@app/taxonomy';
import { OrganisationsRepository } from '../organisations/organisations.repository';
import { VenueOwner, VenuesRepository } from '../venues/venues.repository';
import { ActivitiesRepository } from './activities.repository';
import { AssuranceStatus } from '../organisations/organisation-enums';
import { ActivityStatus, CapacityState, DeliveryMode } from './activity-enums';
import { capacityFor, coverageProblems } from './activity-rules';
import { normaliseSlot, scheduleProblems } from './schedule-rules';
import { ActivityEntity } from './activity.entity';
import { CreateActivityInput, UpdateActivityInput } from './dto/activity.inputs';
import { DUE_WITHIN_DAYS, FRESHNESS_POLICY, FreshnessPolicy } from './freshness';

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
    private readonly locator: Locator,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(FRESHNESS_POLICY) private readonly freshness: FreshnessPolicy,
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
    await this.assertKnownDistricts(inputs.flatMap((i) => i.coverageDistricts ?? []));
    const venueIds = [...new Set(inputs.map((i) => i.venueId).filter((id): id is string => !!id))];
    const venueOwners = await this.venues.ownersOf(venueIds); // one query for the whole batch
    const now = this.clock.now();
    const entities: ActivityEntity[] = [];
    for (const input of inputs) {
      const entity = this.activities.create({
        organisationId: input.organisationId,
        status: ActivityStatus.ACTIVE,
        languages: ['en'],
        selfReferral: true,
        accessibility: [],
        coverageOutcodes: [],
        coverageDistricts: [],
        schedule: [],
        termTimeOnly: false,
        showFrom: null,
        showUntil: null,
        lastVerifiedAt: now, // a new listing is as up to date as it gets
      });
      this.apply(entity, input, venueOwners);
      entities.push(entity);
    }
    await this.activities.insert(entities, now);
    await this.outbox.activitiesAdded(entities.map((a) => a.id));
    return entities;
  }

  async update(viewer: Viewer, id: string, input: UpdateActivityInput): Promise<ActivityEntity> {
    await this.transactions.withTransaction(async () => {
      const activity = await this.activities.lockById(id);
      if (!activity) throw new NotFoundError('Activity', id);
      await this.access.assertCanManage(viewer, activity.organisationId);
      await this.assertKnownDistricts(input.coverageDistricts ?? []);
      const venueId = input.venueId === undefined ? activity.venueId : input.venueId;
      this.apply(activity, input, await this.venues.ownersOf(venueId ? [venueId] : []));
      activity.lastVerifiedAt = this.clock.now(); // the leader has just looked at it
      await this.activities.save(activity);
      await this.outbox.activitiesChanged([id]);
    });
    return (await this.activities.findById(id))!;
  }

  /** Takes a listing out of search for a while, saying why; with `resumesOn` it comes back by itself that day. */
  pause(viewer: Viewer, id: string, reason: string, resumesOn: string | null | undefined): Promise<ActivityEntity> {
    const today = isoDay(this.clock.now());
    if (resumesOn && resumesOn <= today) throw BadUserInputError.field('resumesOn', 'must be after today');
    return this.change(viewer, id, (activity) => {
      if (activity.status === ActivityStatus.CLOSED) throw new ConflictError('A closed listing cannot be paused; open it again first');
      Object.assign(activity, { status: ActivityStatus.PAUSED, pausedReason: reason.trim(), resumesOn: resumesOn ?? null });
    });
  }

  /** Back in search now (a paused or closed listing). */
  resume(viewer: Viewer, id: string): Promise<ActivityEntity> {
    return this.change(viewer, id, (activity, venueOwners) => {
      Object.assign(activity, { status: ActivityStatus.ACTIVE, pausedReason: null, resumesOn: null });
      this.assertValid(activity, venueOwners);
    });
  }

  /** The activity has stopped: out of search for good (it can be opened again). */
  close(viewer: Viewer, id: string): Promise<ActivityEntity> {
    return this.change(viewer, id, (activity) => Object.assign(activity, { status: ActivityStatus.CLOSED, pausedReason: null, resumesOn: null }));
  }

  /** Spaces, waiting list or full, in one step: the figures follow from the state chosen. */
  setAvailability(viewer: Viewer, id: string, state: CapacityState): Promise<ActivityEntity> {
    return this.change(viewer, id, (activity) => Object.assign(activity, capacityFor(activity, state)));
  }

  /**
   * A copy of a listing to start a similar one from. It starts PAUSED, so that it is not in search
   * twice before the leader has made it different and opened it.
   */
  async duplicate(viewer: Viewer, id: string): Promise<ActivityEntity> {
    const original = await this.activities.findById(id);
    if (!original) throw new NotFoundError('Activity', id);
    await this.access.assertCanManage(viewer, original.organisationId);
    const copy = await this.transactions.withTransaction(async () => {
      const entity = this.activities.create({
        ...original,
        id: undefined,
        organisation: undefined,
        venue: undefined,
        title: `${original.title.slice(0, 190)} (copy)`,
        status: ActivityStatus.PAUSED,
        pausedReason: 'A new copy, not yet published',
        resumesOn: null,
        lastVerifiedAt: this.clock.now(),
        createdAt: undefined,
        updatedAt: undefined,
        searchVersion: undefined,
      });
      await this.activities.insert([entity], this.clock.now());
      await this.outbox.activitiesAdded([entity.id]);
      return entity;
    });
    return (await this.activities.findById(copy.id))!;
  }

  /** Every open listing of the organisation confirmed as still right, at once. Returns how many. */
  async confirmAllUpToDate(viewer: Viewer, organisationId: string): Promise<number> {
    if (!(await this.organisations.exists(organisationId))) throw new NotFoundError('Organisation', organisationId);
    await this.access.assertCanManage(viewer, organisationId);
    return this.transactions.withTransaction(async () => {
      const ids = await this.activities.markVerified(organisationId, this.clock.now());
      await this.outbox.activitiesChanged(ids);
      return ids.length;
    });
  }

  /** Confirms these open listings of the organisation, for a one-click link its leader followed (checked by the caller). Returns how many. */
  confirmByLink(organisationId: string, activityIds: readonly string[]): Promise<number> {
    return this.transactions.withTransaction(async () => {
      const ids = await this.activities.markVerified(organisationId, this.clock.now(), activityIds);
      await this.outbox.activitiesChanged(ids);
      return ids.length;
    });
  }

  /** Paused listings whose resume day has come are ACTIVE again (the resume job). Returns how many. */
  resumeDue(today: string): Promise<number> {
    return this.transactions.withTransaction(async () => {
      const ids = await this.activities.resumeDue(today);
      await this.outbox.activitiesChanged(ids);
      return ids.length;
    });
  }

  /** Loads and locks the listing, checks the viewer manages it, changes it and sends it to search. */
  private async change(viewer: Viewer, id: string, edit: (activity: ActivityEntity, venueOwners: Map<string, VenueOwner>) => void): Promise<ActivityEntity> {
    await this.transactions.withTransaction(async () => {
      const activity = await this.activities.lockById(id);
      if (!activity) throw new NotFoundError('Activity', id);
      await this.access.assertCanManage(viewer, activity.organisationId);
      edit(activity, await this.venues.ownersOf(activity.venueId ? [activity.venueId] : []));
      await this.activities.save(activity);
      await this.outbox.activitiesChanged([id]);
    });
    return (await this.activities.findById(id))!;
  }

  /** The leader confirms the listing is still right: records when. */
  confirmUpToDate(viewer: Viewer, id: string): Promise<ActivityEntity> {
    return this.change(viewer, id, (activity) => (activity.lastVerifiedAt = this.clock.now()));
  }

  /** A referral found the group full: no spaces until the leader says otherwise. */
  async markFull(id: string): Promise<void> {
    await this.transactions.withTransaction(async () => {
      await this.activities.setSpacesAvailable(id, 0);
      await this.outbox.activitiesChanged([id]);
    });
  }

  /** Listing counts for the organisation's workspace, "to confirm" being those DUE or STALE (the caller has checked the viewer manages it). */
  counts(organisationId: string) {
    const dueFrom = this.clock.now().getTime() - (this.freshness.staleAfterDays - DUE_WITHIN_DAYS) * 86_400_000;
    return this.activities.listingCounts(organisationId, new Date(dueFrom));
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
  private apply(activity: ActivityEntity, input: ActivityChanges, venueOwners: Map<string, VenueOwner>): void {
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
      input.schedule?.map((slot) => normaliseSlot({ ...slot, recurrence: slot.recurrence ?? undefined })),
    );
    set('termTimeOnly', input.termTimeOnly);
    set('showFrom', input.showFrom);
    set('showUntil', input.showUntil);
    set('free', input.free);
    set('costDescription', input.costDescription === undefined ? undefined : input.costDescription?.trim() || null);
    set('minimumAge', input.minimumAge);
    set('maximumAge', input.maximumAge);
    set('languages', input.languages && (input.languages.length ? [...new Set(input.languages)] : ['en']));
    set('coverageOutcodes', input.coverageOutcodes && [...new Set(input.coverageOutcodes.map((c) => c.trim().toUpperCase()))].sort());
    set('coverageDistricts', input.coverageDistricts && [...new Set(input.coverageDistricts.map((c) => c.trim().toUpperCase()))].sort());
    set('selfReferral', input.selfReferral);
    set('howToJoin', input.howToJoin === undefined ? undefined : input.howToJoin?.trim() || null);
    set('contactEmail', input.contactEmail === undefined ? undefined : input.contactEmail?.trim().toLowerCase() || null);
    set('contactPhone', input.contactPhone === undefined ? undefined : input.contactPhone?.trim() || null);
    set('status', input.status);
    if (input.status && input.status !== ActivityStatus.PAUSED) Object.assign(activity, { pausedReason: null, resumesOn: null });
    set('venueId', input.venueId);
    if (input.capacity !== undefined) {
      activity.placesPerSession = input.capacity?.placesPerSession ?? null;
      activity.spacesAvailable = input.capacity?.spacesAvailable ?? null;
      activity.waitingList = input.capacity?.waitingList ?? null;
    }
    this.assertValid(activity, venueOwners);
  }

  /** Districts must be ones the loaded postcode gazetteer knows (any well-formed code until one is loaded). */
  private async assertKnownDistricts(codes: readonly string[]): Promise<void> {
    const unknown = await this.locator.unknownDistricts(codes.map((c) => c.trim().toUpperCase()));
    if (unknown.length) throw BadUserInputError.field('coverageDistricts', `${unknown.slice(0, 5).join(', ')}: not a district in the postcode directory`);
  }

  private assertValid(a: ActivityEntity, venueOwners: Map<string, VenueOwner>): void {
    const problems: FieldProblem[] = [
      ...this.taxonomy.unknownCodes(TaxonomyKind.NEED, a.needs, 'needs'),
      ...this.taxonomy.unknownCodes(TaxonomyKind.CATEGORY, a.category ? [a.category] : [], 'category'),
      ...this.taxonomy.unknownCodes(TaxonomyKind.ACCESSIBILITY, a.accessibility, 'accessibility'),
      ...scheduleProblems(a.schedule),
    ];
    problems.push(...coverageProblems(a));
    if (a.showFrom && a.showUntil && a.showUntil < a.showFrom) problems.push({ field: 'showUntil', message: 'must not be before showFrom' });
    if (a.minimumAge !== null && a.maximumAge !== null && a.minimumAge > a.maximumAge) {
      problems.push({ field: 'maximumAge', message: 'must be at least minimumAge' });
    }
    if (a.venueId) {
      const owner = venueOwners.get(a.venueId);
      if (!owner) problems.push({ field: 'venueId', message: 'no such venue' });
      else if (owner.organisationId !== a.organisationId) problems.push({ field: 'venueId', message: "is another organisation's venue" });
      else if (owner.archived && a.status !== ActivityStatus.CLOSED) problems.push({ field: 'venueId', message: 'is archived: choose another venue' });
    } else if (a.deliveryMode === DeliveryMode.IN_PERSON) {
      problems.push({ field: 'venueId', message: 'is required for in-person activities' });
    }
    if (problems.length) throw new BadUserInputError(problems);
  }
}
