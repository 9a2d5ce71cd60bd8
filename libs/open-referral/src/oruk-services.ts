import { isoDay } from '@app/common';
import { Inject, Injectable } from '@nestjs/common';
import { ActivitiesRepository, ActivityEntity } from '@app/directory';
import { TaxonomyService } from '@app/taxonomy';
import { AssessmentsRepository } from '@app/assurance';
import { ExternalRecordsRepository } from './import/external-records.repository';
import { OrukMapper, ServiceExtras } from './oruk-mapper';

/** The assurance scheme's own mailbox, published as services' assurer_email (never a person's address). */
export const ASSURER_CONTACT = Symbol('ASSURER_CONTACT');

/** Loads activities by id and shows them as ORUK services, in the order of the ids given. */
@Injectable()
export class OrukServices {
  readonly mapper: OrukMapper;

  constructor(
    private readonly assessments: AssessmentsRepository,
    private readonly external: ExternalRecordsRepository,
    private readonly activities: ActivitiesRepository,
    taxonomy: TaxonomyService,
    @Inject(ASSURER_CONTACT) private readonly assurerContact: string | undefined,
  ) {
    this.mapper = new OrukMapper(taxonomy);
  }

  async load(ids: readonly string[]): Promise<ActivityEntity[]> {
    const byId = new Map((await this.activities.findByIds(ids)).map((a) => [a.id, a]));
    return ids.map((id) => byId.get(id)).filter((a): a is ActivityEntity => !!a);
  }

  async summaries(ids: readonly string[]) {
    return (await this.load(ids)).map((a) => this.mapper.serviceSummary(a));
  }

  async serviceAtLocations(ids: readonly string[]) {
    return (await this.load(ids)).map((a) => this.mapper.serviceAtLocation(a));
  }

  /** Fully nested services, with assurance decisions and kept terms loaded in a few queries for the lot. */
  async full(activities: readonly ActivityEntity[]) {
    if (!activities.length) return [];
    const assuredOn = await this.assessments.lastAssuredOn([...new Set(activities.map((a) => a.organisationId))]);
    const termsOf = await this.external.termsOf(activities.map((a) => a.id));
    const contact = this.assurerContact ? { assurer_email: this.assurerContact } : {};
    return activities.map((a) => {
      const extras: ServiceExtras = {
        decision: lastChecked(assuredOn.get(a.organisationId), a.lastVerifiedAt, contact),
        externalTerms: termsOf.get(a.id) ?? [],
      };
      return this.mapper.serviceFull(a, extras);
    });
  }
}

/**
 * HSDS assured_date is "the date that the information about the service was last checked": the later
 * of the assurance decision and the group's own last confirmation of the listing.
 */
function lastChecked(assuredOn: string | undefined, lastVerifiedAt: Date | null, contact: { assurer_email?: string }) {
  const confirmed = lastVerifiedAt ? isoDay(lastVerifiedAt) : undefined;
  const day = [assuredOn, confirmed]
    .filter((d): d is string => !!d)
    .sort()
    .pop();
  if (!day) return undefined;
  return { assured_date: day, ...(assuredOn ? contact : {}) };
}
