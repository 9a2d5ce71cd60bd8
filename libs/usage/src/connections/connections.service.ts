import { Inject, Injectable } from '@nestjs/common';
import { OrganisationAccess, Role, Viewer } from '@app/access';
import { BadUserInputError, ConflictError, ForbiddenError, isUuid, NotFoundError, personReferenceProblem, CLOCK, Clock } from '@app/common';
import { Transactions } from '@app/database';
import { ActivitiesService, ActivityStatus, DirectoryMapper } from '@app/directory';
import { TaxonomyKind, TaxonomyService } from '@app/taxonomy';
import { ATTENDANCE, ConnectionOutcome, DeclineReason, ORGANISATION_ANSWERS, OUTCOME_TRANSITIONS } from '../usage-enums';
import { ConnectionEntity } from './connection.entity';
import { ConnectionsRepository } from './connections.repository';
import { ConnectionListArgs, ConnectionType, MAX_CONNECTIONS_PAGE, RecordConnectionInput } from './connection.types';
import { hashPersonReference } from './person-reference';

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
    @Inject(PERSON_REF_SECRET) private readonly secret: string,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async record(viewer: NonNullable<Viewer>, input: RecordConnectionInput): Promise<ConnectionType> {
    const reference = input.personReference?.trim();
    const problem = reference ? personReferenceProblem(reference) : undefined;
    if (problem) throw BadUserInputError.field('personReference', problem);
    this.taxonomy.assertKnown(TaxonomyKind.NEED, input.needs, 'needs');
    const id = await this.transactions.withTransaction(async () => {
      const [activity] = await this.activities.findByIds([input.activityId]);
      if (!activity) throw new NotFoundError('Activity', input.activityId);
      if (activity.status !== ActivityStatus.ACTIVE)
        throw BadUserInputError.field('activityId', `the activity is ${activity.status.toLowerCase()}: connect people only to active activities`);
      const connection = await this.connections.insert({
        activityId: activity.id,
        organisationId: activity.organisationId,
        linkWorkerId: viewer.userId,
        needs: [...new Set(input.needs)],
        personRefHash: reference ? hashPersonReference(reference, this.secret) : null,
      });
      await this.connections.recordOutcome(connection.id, ConnectionOutcome.PENDING, viewer.userId, this.clock.now());
      return connection.id;
    });
    return (await this.views([await this.load(id)]))[0];
  }

  /**
   * The organisation's leaders answer (ACCEPTED, DECLINED, GROUP_FULL); the recording link worker or
   * the leaders record attendance. GROUP_FULL also marks the activity as having no spaces.
   */
  async setOutcome(viewer: NonNullable<Viewer>, id: string, outcome: ConnectionOutcome, declineReason?: DeclineReason): Promise<ConnectionType> {
    if (outcome === ConnectionOutcome.PENDING) throw BadUserInputError.field('outcome', 'cannot be set back to PENDING');
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
    });
    return (await this.views([await this.load(id)]))[0];
  }

  /** How many of the organisation's referrals wait for an answer (for a caller that checked access). */
  waitingFor(organisationId: string): Promise<number> {
    return this.connections.countWithOutcome(organisationId, ConnectionOutcome.PENDING);
  }

  async mine(viewer: NonNullable<Viewer>, args: ConnectionListArgs = {}): Promise<ConnectionType[]> {
    return this.views(await this.page({ linkWorkerId: viewer.userId }, args));
  }

  async forOrganisation(viewer: NonNullable<Viewer>, organisationId: string, args: ConnectionListArgs = {}, activityId?: string): Promise<ConnectionType[]> {
    if (!(await this.access.canManage(viewer, organisationId))) throw new ForbiddenError("Only the organisation's leaders see its referrals");
    return this.views(await this.page({ organisationId, activityId }, args));
  }

  private page(owner: { linkWorkerId: string } | { organisationId: string; activityId?: string }, args: ConnectionListArgs): Promise<ConnectionEntity[]> {
    return this.connections.page({
      owner,
      outcome: args.outcome,
      after: args.after ? decodeCursor(args.after, 'after') : undefined,
      before: args.before ? decodeCursor(args.before, 'before') : undefined,
      limit: args.first ?? MAX_CONNECTIONS_PAGE,
    });
  }

  private async load(id: string): Promise<ConnectionEntity> {
    return (await this.connections.findById(id))!;
  }

  private async views(rows: ConnectionEntity[]): Promise<ConnectionType[]> {
    const activities = new Map((await this.activities.findByIds([...new Set(rows.map((r) => r.activityId))])).map((a) => [a.id, this.mapper.activity(a)]));
    const answeredAt = await this.connections.firstOutcomeAt(
      rows.map((r) => r.id),
      ORGANISATION_ANSWERS,
    );
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
    }));
  }
}
