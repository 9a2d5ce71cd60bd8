import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { ActivitiesRepository, ActivityEntity } from '@app/directory';
import { TaxonomyService } from '@app/taxonomy';
import { ExternalTaxonomyTermEntity } from './import/external-taxonomy-term.entity';
import { OrukMapper, ServiceExtras } from './oruk-mapper';

/** The assurance scheme's own mailbox, published as services' assurer_email (never a person's address). */
export const ASSURER_CONTACT = Symbol('ASSURER_CONTACT');

/** Loads activities by id and shows them as ORUK services, in the order of the ids given. */
@Injectable()
export class OrukServices {
  readonly mapper: OrukMapper;

  constructor(
    private readonly dataSource: DataSource,
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

  /** Fully nested services, with assurance decisions and kept terms loaded in two queries for the lot. */
  async full(activities: readonly ActivityEntity[]) {
    if (!activities.length) return [];
    const decisions: { organisation_id: string; assured_date: string }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (a.organisation_id) a.organisation_id, to_char(a.decided_at, 'YYYY-MM-DD') AS assured_date
         FROM assessments a
        WHERE a.organisation_id = ANY($1::uuid[]) AND a.decision = 'ASSURE'
        ORDER BY a.organisation_id, a.decided_at DESC`,
      [[...new Set(activities.map((a) => a.organisationId))]],
    );
    const links: { activity_id: string; term_id: string }[] = await this.dataSource.query(
      'SELECT activity_id, term_id FROM activity_external_terms WHERE activity_id = ANY($1::uuid[]) ORDER BY term_id',
      [activities.map((a) => a.id)],
    );
    const terms = links.length
      ? new Map(
          (await this.dataSource.getRepository(ExternalTaxonomyTermEntity).findBy({ id: In([...new Set(links.map((l) => l.term_id))]) })).map((t) => [t.id, t]),
        )
      : new Map<string, ExternalTaxonomyTermEntity>();
    const contact = this.assurerContact ? { assurer_email: this.assurerContact } : {};
    const decisionOf = new Map(decisions.map(({ organisation_id, assured_date }) => [organisation_id, { assured_date, ...contact }]));
    const termsOf = new Map<string, ExternalTaxonomyTermEntity[]>();
    for (const l of links) termsOf.set(l.activity_id, [...(termsOf.get(l.activity_id) ?? []), terms.get(l.term_id)!]);
    return activities.map((a) => {
      const extras: ServiceExtras = {
        decision: decisionOf.get(a.organisationId),
        externalTerms: termsOf.get(a.id) ?? [],
      };
      return this.mapper.serviceFull(a, extras);
    });
  }
}
