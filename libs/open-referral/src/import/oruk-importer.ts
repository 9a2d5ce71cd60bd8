import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Role, Viewer } from '@app/access';
import { DomainError, Progress } from '@app/common';
import { ADVISORY_LOCKS } from '@app/database';
import { ActivitiesService, OrganisationsService, VenuesService } from '@app/directory';
import { TaxonomyService } from '@app/taxonomy';
import { OrukTaxonomies } from '../oruk-taxonomies';
import { ExternalKind, ExternalRecordEntity } from './external-record.entity';
import { ActivityExternalTermEntity, ExternalTaxonomyTermEntity } from './external-taxonomy-term.entity';
import { readFeed } from './oruk-feed';
import { FeedRecord, isObject, withoutDuplicates } from './oruk-records';
import { ExternalTerm, externalTerm, OrganisationFields, OrukServiceMapper, Planned, ServicePlan, serviceHash, VenueFields } from './oruk-service-mapper';

export type Outcome = 'created' | 'updated' | 'skipped';
export interface Counts {
  created: number;
  updated: number;
  skipped: number;
  invalid: number;
}

export interface ImportReport {
  source: string;
  services: Counts;
  organizations: Counts;
  /** Other publishers' taxonomy terms that are not ours: kept, and listed here. */
  unknownTerms: { id: string; name: string; taxonomy: string | null }[];
  invalid: { where: string; id: string; reasons: string[] }[];
  warnings: { where: string; id: string; message: string }[];
}

/** Imports act for the directory itself, with an admin's rights over every organisation. */
const IMPORTER: NonNullable<Viewer> = { userId: '00000000-0000-4000-8000-000000000001', role: Role.ADMIN };
const BATCH = 200;

const counts = (): Counts => ({ created: 0, updated: 0, skipped: 0, invalid: 0 });

/**
 * import-oruk: reads another publisher's ORUK 3.0 feed into the directory. Each service (with its
 * organisation, venue and kept terms) is written in one transaction through the directory's own
 * services, so its outbox rows reach search like any other write, and a record that fails leaves
 * nothing behind. Records are matched by the publisher's ids: a second import updates, or skips
 * what has not changed.
 */
@Injectable()
export class OrukImporter {
  private readonly mapper: OrukServiceMapper;
  private readonly taxonomies: OrukTaxonomies;

  constructor(
    private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly venues: VenuesService,
    private readonly activities: ActivitiesService,
    taxonomy: TaxonomyService,
  ) {
    this.mapper = new OrukServiceMapper(taxonomy);
    this.taxonomies = new OrukTaxonomies(taxonomy);
  }

  async import(source: string, options: { progress?: boolean; perPage?: number } = {}): Promise<ImportReport> {
    let reading: Progress | undefined;
    const onPage = options.progress ? (page: number, pages: number) => (reading ??= new Progress('reading pages', pages)).update(page) : undefined;
    const feed = await readFeed(source, { perPage: options.perPage, onPage });
    const { records, duplicates } = withoutDuplicates(feed.records);
    const report: ImportReport = { source: feed.source, services: counts(), organizations: counts(), unknownTerms: [], invalid: [], warnings: [] };
    for (const d of duplicates)
      report.warnings.push({ where: 'feed', id: d.id, message: `${d.kind} ${d.id} appears ${d.times} times; imported once, from its last appearance` });
    const progress = options.progress ? new Progress('importing', records.length) : undefined;
    const organisationOutcomes = new Map<string, Outcome>();
    const unknownTerms = new Map<string, ImportReport['unknownTerms'][number]>();
    const imported = await this.importedHashes(records.flatMap((r) => (r.kind === 'service' ? [r.id] : [])));
    // Records are written BATCH at a time in one transaction (one commit, not one per record), each
    // record in its own savepoint: a record that fails is rolled back alone and reported.
    for (let start = 0; start < records.length; start += BATCH) {
      await this.dataSource.transaction(async (em) => {
        // One batch at a time across importers, so two imports of one feed cannot both create a record.
        await em.query('SELECT pg_advisory_xact_lock($1)', [ADVISORY_LOCKS.orukImport]);
        for (const record of records.slice(start, start + BATCH)) {
          if (record.kind === 'service' && imported.get(record.id) === serviceHash(record.service, record.organization)) {
            // Unchanged since the last import: nothing to check or write (re-imports are mostly this).
            report.services.skipped += 1;
            const organization = record.organization ?? record.service.organization;
            if (isObject(organization) && typeof organization.id === 'string') countOnce(organisationOutcomes, organization.id, 'skipped');
          } else {
            await this.importRecord(em, record, feed.source, report, organisationOutcomes, unknownTerms).catch((error) => {
              // A shape no check foresaw: this record is reported, the rest go on.
              report.invalid.push({ where: record.where, id: record.id, reasons: [failure(error)] });
            });
          }
        }
      });
      progress?.update(Math.min(start + BATCH, records.length));
    }
    for (const outcome of organisationOutcomes.values()) report.organizations[outcome] += 1;
    report.unknownTerms = [...unknownTerms.values()];
    return report;
  }

  private async importRecord(
    batch: EntityManager,
    record: FeedRecord,
    source: string,
    report: ImportReport,
    organisationOutcomes: Map<string, Outcome>,
    unknownTerms: Map<string, ImportReport['unknownTerms'][number]>,
  ): Promise<void> {
    const refuse = (counted: Counts | undefined, reasons: string[]) => {
      if (counted) counted.invalid += 1;
      report.invalid.push({ where: record.where, id: record.id, reasons });
    };
    const warn = (messages: string[]) => {
      report.warnings.push(...messages.map((message) => ({ where: record.where, id: record.id, message })));
    };
    if (record.kind === 'unreadable') return refuse(undefined, [record.reason]);
    if (record.kind === 'note') return warn([record.message]);

    if (record.kind === 'term') {
      if (this.taxonomies.recognise(record.term)) return; // one of ours already
      const term = externalTerm(record.term);
      if (!term) return refuse(undefined, ['taxonomy term: id and name are required']);
      await batch.transaction((em) => this.keepTerms(em, [term], source));
      unknownTerms.set(term.id, { id: term.id, name: term.name, taxonomy: term.taxonomy });
      return;
    }

    if (record.kind === 'organization') {
      const mapped = await this.mapper.organisation(record.organization);
      if (!mapped.ok) return refuse(report.organizations, mapped.reasons);
      warn(mapped.warnings);
      try {
        const { outcome } = await batch.transaction((em) => this.upsertOrganisation(em, mapped.plan, source));
        countOnce(organisationOutcomes, mapped.plan.externalId, outcome);
      } catch (error) {
        refuse(report.organizations, [failure(error)]);
      }
      return;
    }

    const mapped = await this.mapper.service(record.service, record.organization);
    if (!mapped.ok) return refuse(report.services, mapped.reasons);
    try {
      const result = await batch.transaction((em) => this.upsertService(em, mapped.plan, source));
      report.services[result.service] += 1;
      countOnce(organisationOutcomes, mapped.plan.organisation.externalId, result.organisation);
      warn(mapped.warnings);
      for (const t of mapped.plan.externalTerms) unknownTerms.set(t.id, { id: t.id, name: t.name, taxonomy: t.taxonomy });
    } catch (error) {
      refuse(report.services, [failure(error)]);
    }
  }

  /** Hashes of services imported before (whose activities still exist), by the publisher's id. */
  private async importedHashes(ids: string[]): Promise<Map<string, string>> {
    const rows: { external_id: string; content_hash: string }[] = await this.dataSource.query(
      `SELECT r.external_id, r.content_hash FROM external_records r JOIN activities a ON a.id = r.local_id
        WHERE r.kind = 'service' AND r.external_id = ANY($1::varchar[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.external_id, r.content_hash]));
  }

  /** Organisation, venue, activity and kept terms of one service: all of them or none. */
  private async upsertService(em: EntityManager, plan: ServicePlan, source: string): Promise<{ service: Outcome; organisation: Outcome }> {
    const existing = await this.localOf(em, ExternalKind.SERVICE, plan.activity.externalId, 'activities');
    if (existing?.contentHash === plan.activity.hash) return { service: 'skipped', organisation: 'skipped' };
    const organisation = await this.upsertOrganisation(em, plan.organisation, source);
    const venueId = plan.venue ? await this.upsertVenue(em, organisation.id, plan.venue, source) : null;
    let activityId: string;
    if (existing) {
      activityId = existing.localId;
      // What the record leaves out stays as it is (a summary after a full record changes no schedules).
      const changes: Record<string, unknown> = { ...plan.activity.input, venueId };
      for (const field of plan.absent) delete changes[field === 'venue' ? 'venueId' : field];
      await this.activities.updateIn(em, IMPORTER, activityId, changes);
    } else {
      [{ id: activityId }] = await this.activities.insertMany(em, IMPORTER, [{ ...plan.activity.input, organisationId: organisation.id, venueId }]);
    }
    await this.remember(em, ExternalKind.SERVICE, plan.activity, activityId, source);
    if (!existing || !plan.absent.includes('terms')) {
      await this.keepTerms(em, plan.externalTerms, source);
      await em.delete(ActivityExternalTermEntity, { activityId });
      if (plan.externalTerms.length)
        await em.insert(
          ActivityExternalTermEntity,
          plan.externalTerms.map((t) => ({ activityId, termId: t.id })),
        );
    }
    return { service: existing ? 'updated' : 'created', organisation: organisation.outcome };
  }

  /** Imported organisations start NOT_ASSESSED; an update never touches assurance. */
  private async upsertOrganisation(em: EntityManager, plan: Planned<OrganisationFields>, source: string): Promise<{ id: string; outcome: Outcome }> {
    const existing = await this.localOf(em, ExternalKind.ORGANIZATION, plan.externalId, 'organisations');
    if (existing?.contentHash === plan.hash) return { id: existing.localId, outcome: 'skipped' };
    const changes: Record<string, unknown> = { ...plan.input };
    for (const field of plan.absent ?? []) delete changes[field];
    const id = existing
      ? (await this.organisations.updateIn(em, IMPORTER, existing.localId, changes)).id
      : (await this.organisations.createIn(em, IMPORTER, { ...plan.input })).id;
    await this.remember(em, ExternalKind.ORGANIZATION, plan, id, source);
    return { id, outcome: existing ? 'updated' : 'created' };
  }

  private async upsertVenue(em: EntityManager, organisationId: string, plan: Planned<VenueFields>, source: string): Promise<string> {
    const existing = await this.localOf(em, ExternalKind.LOCATION, plan.externalId, 'venues');
    if (existing?.contentHash === plan.hash) return existing.localId;
    const id = existing
      ? (await this.venues.updateIn(em, IMPORTER, existing.localId, plan.input)).id
      : (await this.venues.createIn(em, IMPORTER, { ...plan.input, organisationId })).id;
    await this.remember(em, ExternalKind.LOCATION, plan, id, source);
    return id;
  }

  /** The external record, if its local row still exists (one deleted here is imported afresh). */
  private async localOf(em: EntityManager, kind: ExternalKind, externalId: string, table: string): Promise<ExternalRecordEntity | undefined> {
    const [row] = await em.query(
      `SELECT r.local_id AS "localId", r.content_hash AS "contentHash" FROM external_records r JOIN ${table} t ON t.id = r.local_id
        WHERE r.kind = $1 AND r.external_id = $2`,
      [kind, externalId],
    );
    return row;
  }

  private async remember(em: EntityManager, kind: ExternalKind, plan: Planned<unknown>, localId: string, source: string): Promise<void> {
    await em.query(
      `INSERT INTO external_records (kind, external_id, local_id, source, content_hash) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (kind, external_id) DO UPDATE SET local_id = $3, source = $4, content_hash = $5, imported_at = now()`,
      [kind, plan.externalId, localId, source.slice(0, 1000), plan.hash],
    );
  }

  private async keepTerms(em: EntityManager, terms: ExternalTerm[], source: string): Promise<void> {
    if (!terms.length) return;
    await em
      .createQueryBuilder()
      .insert()
      .into(ExternalTaxonomyTermEntity)
      .values(terms.map((t) => ({ ...t, source: source.slice(0, 1000) })))
      .orUpdate(['name', 'description', 'taxonomy', 'taxonomy_id', 'term', 'code', 'parent_id', 'term_uri', 'source'], ['id'])
      .execute();
  }
}

/** An organisation seen in several records of one feed counts once, by what happened to it first. */
function countOnce(outcomes: Map<string, Outcome>, externalId: string, outcome: Outcome): void {
  if (!outcomes.has(externalId)) outcomes.set(externalId, outcome);
}

/** Why writing a record failed, for the report: our validation messages as they are, anything else briefly. */
function failure(error: unknown): string {
  if (error instanceof DomainError) return error.message;
  return `could not be written: ${error instanceof Error ? error.message : String(error)}`;
}
