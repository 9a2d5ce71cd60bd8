import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { OrganisationAccess, Role, Viewer } from '@app/access';
import { BadUserInputError, ConflictError, ForbiddenError, isUuid, NotFoundError, personReferenceProblem, CLOCK, Clock } from '@app/common';
import { ActivitiesService, ActivityEntity, ActivityStatus, DirectoryMapper } from '@app/directory';
import { SearchOutbox } from '@app/outbox';
import { TaxonomyKind, TaxonomyService } from '@app/taxonomy';
import { ATTENDANCE, ConnectionOutcome, ORGANISATION_ANSWERS, OUTCOME_TRANSITIONS } from '../usage-enums';
import { ConnectionOutcomeEventEntity } from './connection-outcome-event.entity';
import { ConnectionEntity } from './connection.entity';
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
    private readonly dataSource: DataSource,
    private readonly activities: ActivitiesService,
    private readonly access: OrganisationAccess,
    private readonly taxonomy: TaxonomyService,
    private readonly mapper: DirectoryMapper,
    private readonly outbox: SearchOutbox,
    @Inject(PERSON_REF_SECRET) private readonly secret: string,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async record(viewer: NonNullable<Viewer>, input: RecordConnectionInput): Promise<ConnectionType> {
    const reference = input.personReference?.trim();
    const problem = reference ? personReferenceProblem(reference) : undefined;
    if (problem) throw BadUserInputError.field('personReference', problem);
    this.taxonomy.assertKnown(TaxonomyKind.NEED, input.needs, 'needs');
    const id = await this.dataSource.transaction(async (em) => {
      const activity = await em.getRepository(ActivityEntity).findOneBy({ id: input.activityId });
      if (!activity) throw new NotFoundError('Activity', input.activityId);
      if (activity.status !== ActivityStatus.ACTIVE)
        throw BadUserInputError.field('activityId', `the activity is ${activity.status.toLowerCase()}: connect people only to active activities`);
      const repo = em.getRepository(ConnectionEntity);
      const connection = await repo.save(
        repo.create({
          activityId: activity.id,
          organisationId: activity.organisationId,
          linkWorkerId: viewer.userId,
          needs: [...new Set(input.needs)],
          personRefHash: reference ? hashPersonReference(reference, this.secret) : null,
        }),
      );
      await em.getRepository(ConnectionOutcomeEventEntity).insert({ connectionId: connection.id, outcome: ConnectionOutcome.PENDING, actorId: viewer.userId });
      return connection.id;
    });
    return (await this.views([await this.load(id)]))[0];
  }

  /**
   * The organisation's leaders answer (ACCEPTED, DECLINED, GROUP_FULL); the recording link worker or
   * the leaders record attendance. GROUP_FULL also marks the activity as having no spaces.
   */
  async setOutcome(viewer: NonNullable<Viewer>, id: string, outcome: ConnectionOutcome): Promise<ConnectionType> {
    if (outcome === ConnectionOutcome.PENDING) throw BadUserInputError.field('outcome', 'cannot be set back to PENDING');
    await this.dataSource.transaction(async (em) => {
      const connection = await em.getRepository(ConnectionEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!connection) throw new NotFoundError('Connection', id);
      const leader = await this.access.canManage(viewer, connection.organisationId);
      const referrer = viewer.role === Role.LINK_WORKER && connection.linkWorkerId === viewer.userId;
      if (ORGANISATION_ANSWERS.includes(outcome) && !leader) throw new ForbiddenError("Only the receiving organisation's leaders answer a referral");
      if (ATTENDANCE.includes(outcome) && !leader && !referrer)
        throw new ForbiddenError('Only the organisation or the referring link worker records attendance');
      if (!OUTCOME_TRANSITIONS[connection.outcome].includes(outcome)) throw new ConflictError(transitionRefusal(connection.outcome, outcome));
      connection.outcome = outcome;
      connection.outcomeAt = this.clock.now();
      await em.getRepository(ConnectionEntity).save(connection);
      await em.getRepository(ConnectionOutcomeEventEntity).insert({ connectionId: id, outcome, actorId: viewer.userId });
      if (outcome === ConnectionOutcome.GROUP_FULL) await this.markFull(em, connection.activityId);
    });
    return (await this.views([await this.load(id)]))[0];
  }

  async mine(viewer: NonNullable<Viewer>, args: ConnectionListArgs = {}): Promise<ConnectionType[]> {
    return this.views(await this.page({ linkWorkerId: viewer.userId }, args));
  }

  async forOrganisation(viewer: NonNullable<Viewer>, organisationId: string, args: ConnectionListArgs = {}): Promise<ConnectionType[]> {
    if (!(await this.access.canManage(viewer, organisationId))) throw new ForbiddenError("Only the organisation's leaders see its referrals");
    return this.views(await this.page({ organisationId }, args));
  }

  /** Newest first, keyset-paged on (created_at, id) so that any page is as quick as the first. */
  private async page(owner: { linkWorkerId?: string; organisationId?: string }, args: ConnectionListArgs): Promise<ConnectionEntity[]> {
    const query = this.dataSource.getRepository(ConnectionEntity).createQueryBuilder('c');
    if (owner.linkWorkerId) query.where('c.link_worker_id = :owner', { owner: owner.linkWorkerId });
    else query.where('c.organisation_id = :owner', { owner: owner.organisationId });
    if (args.outcome) query.andWhere('c.outcome = :outcome', { outcome: args.outcome });
    const newest = !args.before;
    if (args.after) query.andWhere('(c.created_at, c.id) < (:at, :id)', decodeCursor(args.after, 'after'));
    if (args.before) query.andWhere('(c.created_at, c.id) > (:at, :id)', decodeCursor(args.before, 'before'));
    const rows = await query
      .orderBy('c.created_at', newest ? 'DESC' : 'ASC')
      .addOrderBy('c.id', newest ? 'DESC' : 'ASC')
      .limit(args.first ?? MAX_CONNECTIONS_PAGE)
      .getMany();
    return newest ? rows : rows.reverse();
  }

  private async markFull(em: EntityManager, activityId: string): Promise<void> {
    await em.query('UPDATE activities SET spaces_available = 0, updated_at = now() WHERE id = $1', [activityId]);
    await this.outbox.activitiesChanged(em, [activityId]);
  }

  private async load(id: string): Promise<ConnectionEntity> {
    return this.dataSource.getRepository(ConnectionEntity).findOneByOrFail({ id });
  }

  private async views(rows: ConnectionEntity[]): Promise<ConnectionType[]> {
    const activities = new Map((await this.activities.findByIds([...new Set(rows.map((r) => r.activityId))])).map((a) => [a.id, this.mapper.activity(a)]));
    const answers: { connection_id: string; at: Date }[] = rows.length
      ? await this.dataSource.query(
          `SELECT connection_id, min(at) AS at FROM connection_outcome_events WHERE connection_id = ANY($1::uuid[]) AND outcome = ANY($2::connection_outcome[]) GROUP BY connection_id`,
          [rows.map((r) => r.id), ORGANISATION_ANSWERS],
        )
      : [];
    const answeredAt = new Map(answers.map((a) => [a.connection_id, a.at]));
    return rows.map((r) => ({
      cursor: encodeCursor(r),
      answeredAt: answeredAt.get(r.id) ?? null,
      id: r.id,
      activity: activities.get(r.activityId)!,
      needs: this.taxonomy.terms(TaxonomyKind.NEED, r.needs),
      createdAt: r.createdAt,
      outcome: r.outcome,
      outcomeAt: r.outcomeAt,
    }));
  }
}
