import { Inject, Injectable } from '@nestjs/common';
import { OrganisationAccess, Role, Viewer } from '@app/access';
import { BadUserInputError, ConflictError, ForbiddenError, isUuid, NotFoundError, CLOCK, Clock, isoDay } from '@app/common';
import { holdTransactionLock, Transactions } from '@app/database';
import { ActivitiesService, ActivityStatus, CapacityState, capacityState, DirectoryMapper } from '@app/directory';
import { TaxonomyKind, TaxonomyService } from '@app/taxonomy';
import { NotificationKind } from '../notifications/notification-kind';
import { NotificationsService } from '../notifications/notifications.service';
import { ATTENDANCE, ConnectionOutcome, DeclineReason, OPEN_OUTCOMES, ORGANISATION_ANSWERS, OUTCOME_TRANSITIONS, WithdrawReason } from '../usage-enums';
import { ConnectionEntity } from './connection.entity';
import { ConnectionsRepository } from './connections.repository';
import { ConnectionListArgs, ConnectionType, MAX_CONNECTIONS_PAGE, MyConnectionsArgs, RecordConnectionInput } from './connection.types';
import { ContactsRepository } from './contact/contacts.repository';
import { ContactsService } from './contact/contacts.service';
import { hashPersonReference, screenedPersonHash } from './person-reference';
import { ReferrersRepository } from './referrers.repository';
import { answerBy, REFERRAL_POLICY, ReferralPolicy } from './referral-policy';

export const PERSON_REF_SECRET = Symbol('PERSON_REF_SECRET');

function encodeCursor(c: ConnectionEntity): string {
  return Buffer.from(`${c.createdAt.toISOString()}|${c.id}`).toString('base64url');
}

function decodeCursor(cursor: string, field: string): { at: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const when = new Date(at);
  if (!isUuid(id) || Number.isNaN(when.getTime())) throw BadUserInputError.field(field, 'is not a cursor from this list');
  return { at: when, id };
}

/** Who made a change, as the history shows it. */
const BY = { REFERRER: 'the link worker', OTHER: 'the group', SYSTEM: 'the directory' } as const;

const words = (outcome: ConnectionOutcome) => outcome.toLowerCase().replace(/_/g, ' ');

function transitionRefusal(from: ConnectionOutcome, to: ConnectionOutcome): string {
  if (ATTENDANCE.includes(to)) return 'Attendance can be recorded only for an accepted referral';
  const allowed = OUTCOME_TRANSITIONS[from];
  return allowed.length ? `A ${words(from)} referral can only become ${allowed.map(words).join(' or ')}` : `A ${words(from)} referral is final`;
}

@Injectable()
export class ConnectionsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly connections: ConnectionsRepository,
    private readonly activities: ActivitiesService,
    private readonly access: OrganisationAccess,
    private readonly taxonomy: TaxonomyService,
    private readonly mapper: DirectoryMapper,
    private readonly contacts: ContactsService,
    private readonly contactRows: ContactsRepository,
    private readonly referrers: ReferrersRepository,
    private readonly notifications: NotificationsService,
    @Inject(PERSON_REF_SECRET) private readonly secret: string,
    @Inject(REFERRAL_POLICY) private readonly policy: ReferralPolicy,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Refused, naming the field: an activity that is not active, a suspended group, a full activity
   * unless acknowledged (the person joins the waiting list), and the same person connected again
   * while an earlier connection to the activity is open.
   */
  async record(viewer: NonNullable<Viewer>, input: RecordConnectionInput): Promise<ConnectionType> {
    const reference = input.personReference?.trim();
    const personRefHash = reference ? screenedPersonHash(reference, this.secret) : null;
    this.taxonomy.assertKnown(TaxonomyKind.NEED, input.needs, 'needs');
    const contact = input.contact;
    if (contact && !contact.phone && !contact.email)
      throw BadUserInputError.field('contact.phone', 'give a phone number or an email address for the group to use');
    if (contact?.phone && contact.email) throw BadUserInputError.field('contact.email', 'give a phone number or an email address, not both');
    const id = await this.transactions.withTransaction(async () => {
      const [activity] = await this.activities.findByIds([input.activityId]);
      if (!activity) throw new NotFoundError('Activity', input.activityId);
      if (activity.status === ActivityStatus.PAUSED)
        throw BadUserInputError.field(
          'activityId',
          `the activity is paused${activity.resumesOn ? ` until ${activity.resumesOn}` : ''}: connect the person to another activity, or come back when it resumes`,
        );
      if (activity.status !== ActivityStatus.ACTIVE)
        throw BadUserInputError.field('activityId', `the activity is ${activity.status.toLowerCase()}: connect people only to active activities`);
      if (await this.connections.organisationSuspended(activity.organisationId))
        throw BadUserInputError.field(
          'activityId',
          'the group is suspended from the directory while a concern is looked into: connect the person to another activity',
        );
      const capacity = capacityState(activity);
      if (capacity === CapacityState.FULL && !input.acknowledgeFull)
        throw BadUserInputError.field(
          'acknowledgeFull',
          'the activity is full: confirm that the person should join its waiting list, or choose another activity',
        );
      if (personRefHash) {
        // Two link workers' clicks at once: the second waits here and then sees the first.
        await holdTransactionLock(this.transactions.tx, `connection:${personRefHash}:${activity.id}`);
        const earlier = await this.connections.openDuplicate(personRefHash, activity.id, OPEN_OUTCOMES);
        if (earlier)
          throw new ConflictError(
            `This person already has an open connection to this activity, made on ${isoDay(earlier.createdAt)}: follow that one up instead`,
            { fields: ['personReference'] },
          );
      }
      const now = this.clock.now();
      const connection = await this.connections.insert({
        activityId: activity.id,
        organisationId: activity.organisationId,
        linkWorkerId: viewer.userId,
        needs: [...new Set(input.needs)],
        personRefHash,
        waitingList: capacity !== CapacityState.SPACES_AVAILABLE,
        createdAt: now,
      });
      if (contact) await this.contacts.store(connection.id, { name: contact.name, phone: contact.phone ?? undefined, email: contact.email ?? undefined });
      await this.connections.recordOutcome(connection.id, ConnectionOutcome.PENDING, viewer.userId, now);
      await this.notifications.notify(NotificationKind.NEW_REFERRAL, connection, now, viewer.userId);
      return connection.id;
    });
    return this.view(id);
  }

  /** The referring link worker withdraws an open connection; the group is told. */
  async withdraw(viewer: NonNullable<Viewer>, id: string, reason: WithdrawReason): Promise<ConnectionType> {
    await this.transactions.withTransaction(async () => {
      const connection = await this.connections.lockById(id);
      if (!connection) throw new NotFoundError('Connection', id);
      if (connection.linkWorkerId !== viewer.userId) throw new ForbiddenError('Only the link worker who made a connection may withdraw it');
      if (!OUTCOME_TRANSITIONS[connection.outcome].includes(ConnectionOutcome.WITHDRAWN))
        throw new ConflictError(`A ${words(connection.outcome)} connection cannot be withdrawn`);
      const now = this.clock.now();
      Object.assign(connection, { outcome: ConnectionOutcome.WITHDRAWN, outcomeAt: now, withdrawReason: reason });
      await this.connections.save(connection);
      await this.connections.recordOutcome(id, ConnectionOutcome.WITHDRAWN, viewer.userId, now);
      await this.notifications.notify(NotificationKind.REFERRAL_WITHDRAWN, connection, now, viewer.userId);
    });
    return this.view(id);
  }

  async eraseContact(viewer: NonNullable<Viewer>, id: string): Promise<ConnectionType> {
    await this.contacts.erase(viewer, id);
    return this.view(id);
  }

  /**
   * The organisation's leaders answer (ACCEPTED, DECLINED, GROUP_FULL); the recording link worker or
   * the leaders record attendance. GROUP_FULL also marks the activity as having no spaces.
   */
  async setOutcome(viewer: NonNullable<Viewer>, id: string, outcome: ConnectionOutcome, declineReason?: DeclineReason): Promise<ConnectionType> {
    if (outcome === ConnectionOutcome.PENDING) throw BadUserInputError.field('outcome', 'cannot be set back to PENDING');
    if (outcome === ConnectionOutcome.NO_RESPONSE) throw BadUserInputError.field('outcome', 'is set by the directory when the group does not answer in time');
    if (outcome === ConnectionOutcome.WITHDRAWN) throw BadUserInputError.field('outcome', 'use withdrawConnection, with a reason');
    if (outcome === ConnectionOutcome.DECLINED && !declineReason) throw BadUserInputError.field('declineReason', 'say why the referral is declined');
    if (outcome !== ConnectionOutcome.DECLINED && declineReason) throw BadUserInputError.field('declineReason', 'is only for a declined referral');
    await this.transactions.withTransaction(async () => {
      const connection = await this.connections.lockById(id);
      if (!connection) throw new NotFoundError('Connection', id);
      const leader = await this.access.canManage(viewer, connection.organisationId);
      const referrer = viewer.role === Role.LINK_WORKER && connection.linkWorkerId === viewer.userId;
      if (ORGANISATION_ANSWERS.includes(outcome) && !leader) throw new ForbiddenError("Only the receiving organisation's leaders answer a referral");
      if (ATTENDANCE.includes(outcome) && !leader && !referrer)
        throw new ForbiddenError('Only the organisation or the referring link worker records attendance');
      if (!OUTCOME_TRANSITIONS[connection.outcome].includes(outcome)) throw new ConflictError(transitionRefusal(connection.outcome, outcome));
      connection.outcome = outcome;
      const now = this.clock.now();
      connection.outcomeAt = now;
      connection.declineReason = declineReason ?? null;
      await this.connections.save(connection);
      await this.connections.recordOutcome(id, outcome, viewer.userId, now);
      if (outcome === ConnectionOutcome.GROUP_FULL) await this.activities.markFull(connection.activityId);
      const kind = ATTENDANCE.includes(outcome) ? NotificationKind.ATTENDANCE_RECORDED : NotificationKind.REFERRAL_ANSWERED;
      await this.notifications.notify(kind, connection, now, viewer.userId);
    });
    return this.view(id);
  }

  /** How many of the organisation's referrals wait for an answer (for a caller that checked access). */
  waitingFor(organisationId: string): Promise<number> {
    return this.connections.countWithOutcome(organisationId, ConnectionOutcome.PENDING);
  }

  /** The link worker's own connections; with a person reference, only that person's (matched by its keyed hash). */
  async mine(viewer: NonNullable<Viewer>, { personReference, ...args }: MyConnectionsArgs = {}): Promise<ConnectionType[]> {
    const reference = personReference?.trim();
    const personRefHash = reference ? hashPersonReference(reference, this.secret) : undefined;
    return this.views(await this.page({ linkWorkerId: viewer.userId, personRefHash }, args));
  }

  /** One connection, for the link worker who made it or the receiving organisation's leaders (and admins). */
  async one(viewer: NonNullable<Viewer>, id: string): Promise<ConnectionType> {
    const connection = await this.connections.findById(id);
    if (!connection) throw new NotFoundError('Connection', id);
    const referrer = viewer.role === Role.LINK_WORKER && connection.linkWorkerId === viewer.userId;
    if (!referrer && !(await this.access.canManage(viewer, connection.organisationId)))
      throw new ForbiddenError('Only the link worker who made this connection and the group’s leaders may see it');
    return (await this.views([connection]))[0];
  }

  async forOrganisation(viewer: NonNullable<Viewer>, organisationId: string, args: ConnectionListArgs = {}, activityId?: string): Promise<ConnectionType[]> {
    if (!(await this.access.canManage(viewer, organisationId))) throw new ForbiddenError("Only the organisation's leaders see its referrals");
    return this.views(await this.page({ organisationId, activityId }, args));
  }

  private page(
    owner: { linkWorkerId: string; personRefHash?: string } | { organisationId: string; activityId?: string },
    args: ConnectionListArgs,
  ): Promise<ConnectionEntity[]> {
    return this.connections.page({
      owner,
      outcome: args.outcome,
      after: args.after ? decodeCursor(args.after, 'after') : undefined,
      before: args.before ? decodeCursor(args.before, 'before') : undefined,
      limit: args.first ?? MAX_CONNECTIONS_PAGE,
    });
  }

  /** A connection just written, as its caller sees it. */
  private async view(id: string): Promise<ConnectionType> {
    return (await this.views([(await this.connections.findById(id))!]))[0];
  }

  private async views(rows: ConnectionEntity[]): Promise<ConnectionType[]> {
    const activities = new Map((await this.activities.findByIds([...new Set(rows.map((r) => r.activityId))])).map((a) => [a.id, this.mapper.activity(a)]));
    const ids = rows.map((r) => r.id);
    const [answeredAt, history, referrers, contacts] = await Promise.all([
      this.connections.firstOutcomeAt(ids, ORGANISATION_ANSWERS),
      this.connections.history(ids),
      this.referrers.byId([...new Set(rows.map((r) => r.linkWorkerId))]),
      this.contactRows.held(ids),
    ]);
    return rows.map((r) => ({
      cursor: encodeCursor(r),
      answeredAt: answeredAt.get(r.id) ?? null,
      id: r.id,
      activity: activities.get(r.activityId)!,
      needs: this.taxonomy.terms(TaxonomyKind.NEED, r.needs),
      createdAt: r.createdAt,
      outcome: r.outcome,
      outcomeAt: r.outcomeAt,
      declineReason: r.declineReason,
      withdrawReason: r.withdrawReason,
      waitingList: r.waitingList,
      answerBy: r.outcome === ConnectionOutcome.PENDING ? answerBy(r.createdAt, this.policy) : null,
      flag: r.flag,
      flaggedAt: r.flaggedAt,
      referrer: referrers.get(r.linkWorkerId)!,
      hasContact: contacts.has(r.id),
      contactErasedAt: r.contactErasedAt,
      history: (history.get(r.id) ?? []).map((e) => ({ outcome: e.outcome, at: e.at, by: BY[e.actor] })),
    }));
  }
}
