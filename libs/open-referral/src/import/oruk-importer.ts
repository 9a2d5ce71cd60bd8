import { Inject, Injectable } from '@nestjs/common';
import { Role, Viewer } from '@app/access';
import { CLOCK, Clock, DomainError, Progress } from '@app/common';
import { ADVISORY_LOCKS, holdTransactionLock, Propagation, Transactions } from '@app/database';
import { ActivitiesService, OrganisationsService, VenuesService } from '@app/directory';
import { TaxonomyService } from '@app/taxonomy';
import { OrukTaxonomies } from '../oruk-taxonomies';
import { ExternalKind } from './external-record.entity';
import { ExternalRecordsRepository } from './external-records.repository';
import { readFeed } from './oruk-feed';
import { FeedRecord, isObject, withoutDuplicates } from './oruk-records';
import { VenueFields } from '@app/directory';
import { externalTerm, OrganisationFields, OrukServiceMapper, Planned, ServicePlan, serviceHash } from './oruk-service-mapper';

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
    private readonly transactions: Transactions,
    private readonly external: ExternalRecordsRepository,
    private readonly organisations: OrganisationsService,
    private readonly venues: VenuesService,
    private readonly activities: ActivitiesService,
    taxonomy: TaxonomyService,
    @Inject(CLOCK) private readonly clock: Clock,
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
    const imported = await this.external.importedServiceHashes(records.flatMap((r) => (r.kind === 'service' ? [r.id] : [])));
    // Records are written BATCH at a time in one transaction (one commit, not one per record), each
    // record in its own savepoint: a record that fails is rolled back alone and reported.
    for (let start = 0; start < records.length; start += BATCH) {
      await this.transactions.withTransaction(async () => {
        // One batch at a time across importers, so two imports of one feed cannot both create a record.
        await holdTransactionLock(this.transactions.tx, ADVISORY_LOCKS.orukImport);
        for (const record of records.slice(start, start + BATCH)) {
          if (record.kind === 'service' && imported.get(record.id) === serviceHash(record.service, record.organization)) {
            // Unchanged since the last import: nothing to check or write (re-imports are mostly this).
            report.services.skipped += 1;
            const organization = record.organization ?? record.service.organization;
            if (isObject(organization) && typeof organization.id === 'string') countOnce(organisationOutcomes, organization.id, 'skipped');
          } else {
            await this.importRecord(record, feed.source, report, organisationOutcomes, unknownTerms).catch((error) => {
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
      await this.external.keepTerms([term], source);
      unknownTerms.set(term.id, { id: term.id, name: term.name, taxonomy: term.taxonomy });
      return;
    }

    if (record.kind === 'organization') {
      const mapped = await this.mapper.organisation(record.organization);
      if (!mapped.ok) return refuse(report.organizations, mapped.reasons);
      warn(mapped.warnings);
      try {
        const { outcome } = await this.inSavepoint(() => this.upsertOrganisation(mapped.plan, source));
        countOnce(organisationOutcomes, mapped.plan.externalId, outcome);
      } catch (error) {
        refuse(report.organizations, [failure(error)]);
      }
      return;
    }

    const mapped = await this.mapper.service(record.service, record.organization);
    if (!mapped.ok) return refuse(report.services, mapped.reasons);
    try {
      const result = await this.inSavepoint(() => this.upsertService(mapped.plan, source));
      report.services[result.service] += 1;
      countOnce(organisationOutcomes, mapped.plan.organisation.externalId, result.organisation);
      warn(mapped.warnings);
      for (const t of mapped.plan.externalTerms) unknownTerms.set(t.id, { id: t.id, name: t.name, taxonomy: t.taxonomy });
    } catch (error) {
      refuse(report.services, [failure(error)]);
    }
  }

  /** A record that fails is rolled back alone; the batch goes on. */
  private inSavepoint<T>(write: () => Promise<T>): Promise<T> {
    return this.transactions.withTransaction(Propagation.Nested, write);
  }

  /** Organisation, venue, activity and kept terms of one service: all of them or none. */
  private async upsertService(plan: ServicePlan, source: string): Promise<{ service: Outcome; organisation: Outcome }> {
    const existing = await this.external.localOf(ExternalKind.SERVICE, plan.activity.externalId);
    if (existing?.contentHash === plan.activity.hash) return { service: 'skipped', organisation: 'skipped' };
    const organisation = await this.upsertOrganisation(plan.organisation, source);
    const venueId = plan.venue ? await this.upsertVenue(organisation.id, plan.venue, source) : null;
    let activityId: string;
    if (existing) {
      activityId = existing.localId;
      // What the record leaves out stays as it is (a summary after a full record changes no schedules).
      const changes: Record<string, unknown> = { ...plan.activity.input, venueId };
      for (const field of plan.absent) delete changes[field === 'venue' ? 'venueId' : field];
      await this.activities.update(IMPORTER, activityId, changes);
    } else {
      [{ id: activityId }] = await this.activities.insertMany(IMPORTER, [{ ...plan.activity.input, organisationId: organisation.id, venueId }]);
    }
    await this.remember(ExternalKind.SERVICE, plan.activity, activityId, source);
    if (!existing || !plan.absent.includes('terms')) {
      await this.external.keepTerms(plan.externalTerms, source);
      await this.external.setActivityTerms(
        activityId,
        plan.externalTerms.map((t) => t.id),
      );
    }
    return { service: existing ? 'updated' : 'created', organisation: organisation.outcome };
  }

  /** Imported organisations start NOT_ASSESSED; an update never touches assurance. */
  private async upsertOrganisation(plan: Planned<OrganisationFields>, source: string): Promise<{ id: string; outcome: Outcome }> {
    const existing = await this.external.localOf(ExternalKind.ORGANIZATION, plan.externalId);
    if (existing?.contentHash === plan.hash) return { id: existing.localId, outcome: 'skipped' };
    const changes: Record<string, unknown> = { ...plan.input };
    for (const field of plan.absent ?? []) delete changes[field];
    const id = existing
      ? (await this.organisations.update(IMPORTER, existing.localId, changes)).id
      : (await this.organisations.create(IMPORTER, { ...plan.input })).id;
    await this.remember(ExternalKind.ORGANIZATION, plan, id, source);
    return { id, outcome: existing ? 'updated' : 'created' };
  }

  private async upsertVenue(organisationId: string, plan: Planned<VenueFields>, source: string): Promise<string> {
    const existing = await this.external.localOf(ExternalKind.LOCATION, plan.externalId);
    if (existing?.contentHash === plan.hash) return existing.localId;
    const id = existing
      ? (await this.venues.update(IMPORTER, existing.localId, plan.input)).id
      : (await this.venues.create(IMPORTER, { ...plan.input, organisationId })).id;
    await this.remember(ExternalKind.LOCATION, plan, id, source);
    return id;
  }

  private remember(kind: ExternalKind, plan: Planned<unknown>, localId: string, source: string): Promise<void> {
    return this.external.remember(kind, plan.externalId, plan.hash, localId, source, this.clock.now());
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
