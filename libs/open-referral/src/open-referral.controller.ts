import { Controller, Get, Header, Inject, Param, Query, UseInterceptors } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { Public } from '@app/access';
import { BadUserInputError, isUuid, NotFoundError } from '@app/common';
import { OrganisationEntity } from '@app/directory';
import { locatePostcode } from '@app/geo';
import { ACTIVITY_INDEX, MeiliClient, MEILI_CLIENT } from '@app/search';
import { TaxonomyService } from '@app/taxonomy';
import { OrukTaxonomies } from './oruk-taxonomies';
import { OrukServices } from './oruk-services';
import { OrukPublication } from './publication';
import { RateLimitInterceptor } from './rate-limit';

export const ORUK_BASE = 'openreferral/v3';
const MAX_PER_PAGE = 100;
/** Activities with their organisations, which the publication rule reads. */
const ACTIVITIES = 'activities a JOIN organisations o ON o.id = a.organisation_id';

const DAYS: Record<string, string> = { MO: 'MONDAY', TU: 'TUESDAY', WE: 'WEDNESDAY', TH: 'THURSDAY', FR: 'FRIDAY', SA: 'SATURDAY', SU: 'SUNDAY' };

const MAX_PAGE = 100_000;

/** Query parameters as single strings: a repeated one (?day=MO&day=TU) is refused, not half-read. */
function singleValues(query: Record<string, unknown>): Record<string, string | undefined> {
  const problems: { field: string; message: string }[] = [];
  const out: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(query)) {
    if (typeof value === 'string') out[name] = value;
    else problems.push({ field: name, message: 'must be given once' });
  }
  if (problems.length) throw new BadUserInputError(problems);
  return out;
}

/** An ISO 8601 date or date-time PostgreSQL can hold, as a UTC timestamp. */
function isoTimestamp(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) return undefined;
  const at = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(at.getTime()) || at.getUTCFullYear() < 1900 || at.getUTCFullYear() > 2200 ? undefined : at.toISOString();
}

function pageParams(page?: string, perPage?: string): { page: number; perPage: number } {
  const p = page === undefined ? 1 : Number(page);
  const n = perPage === undefined ? 50 : Number(perPage);
  const problems = [];
  if (!Number.isInteger(p) || p < 1 || p > MAX_PAGE) problems.push({ field: 'page', message: `must be a whole number from 1 to ${MAX_PAGE}` });
  if (!Number.isInteger(n) || n < 1 || n > MAX_PER_PAGE) problems.push({ field: 'per_page', message: `must be a whole number from 1 to ${MAX_PER_PAGE}` });
  if (problems.length) throw new BadUserInputError(problems);
  return { page: p, perPage: n };
}

function flag(value: string | undefined, field: string): boolean {
  if (value === undefined || value === 'false') return false;
  if (value === 'true' || value === '') return true;
  throw BadUserInputError.field(field, 'must be true or false');
}

/** The paginated envelope the ORUK profile specifies. */
function envelope<T>(contents: T[], total: number, page: number, perPage: number) {
  const totalPages = Math.ceil(total / perPage);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/**
 * The Open Referral UK (HSDS-UK 3.0) publishing API, open to all. What it publishes is decided by
 * OrukPublication (by default, active listings of assured organisations). Text and proximity
 * filters go through Meilisearch; lookups by id through PostgreSQL.
 */
@Controller(ORUK_BASE)
@UseInterceptors(RateLimitInterceptor)
export class OpenReferralController {
  private readonly taxonomies: OrukTaxonomies;

  constructor(
    private readonly dataSource: DataSource,
    private readonly services: OrukServices,
    private readonly publication: OrukPublication,
    taxonomy: TaxonomyService,
    @Inject(MEILI_CLIENT) private readonly meili: MeiliClient,
    @Inject(ACTIVITY_INDEX) private readonly index: string,
  ) {
    this.taxonomies = new OrukTaxonomies(taxonomy);
  }

  @Public()
  @Get()
  @Header('access-control-allow-origin', '*')
  root() {
    return {
      version: 'HSDS-UK-3.0',
      profile: 'https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md',
      openapi_url: 'https://raw.githubusercontent.com/OpenReferralUK/uk-profile/main/openapi.json',
    };
  }

  @Public()
  @Get('services')
  @Header('access-control-allow-origin', '*')
  @Header('cache-control', 'public, max-age=60')
  async servicesList(@Query() raw: Record<string, unknown>) {
    const query = singleValues(raw);
    const { page: p, perPage: n } = pageParams(query.page, query.per_page);
    const full = flag(query.full, 'full');
    const { where, params } = await this.serviceFilter(query);
    const { total, ids: found } = await this.pageOfIds({ id: 'a.id', from: ACTIVITIES, where, orderBy: 'a.title, a.id' }, params, p, n);
    // full=true nests each service fully (what an importer walking the feed asks for).
    return envelope(full ? await this.services.full(await this.services.load(found)) : await this.services.summaries(found), total, p, n);
  }

  /** How many rows match, and the ids on one page of them. */
  private async pageOfIds(
    q: { id: string; from: string; where: string; orderBy: string },
    params: unknown[],
    page: number,
    perPage: number,
  ): Promise<{ total: number; ids: string[] }> {
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM ${q.from} WHERE ${q.where}`, params);
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT ${q.id} AS id FROM ${q.from} WHERE ${q.where} ORDER BY ${q.orderBy} LIMIT ${perPage} OFFSET ${(page - 1) * perPage}`,
      params,
    );
    return { total, ids: rows.map((r) => r.id) };
  }

  /** The OpenAPI document's service filters, combined with AND; text goes through Meilisearch. */
  private async serviceFilter(q: Record<string, string | undefined>): Promise<{ where: string; params: unknown[] }> {
    const params: unknown[] = [];
    const clauses = [this.publication.activityClause(params)];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      clauses.push(sql.replace('?', `$${params.length}`));
    };
    const problems: { field: string; message: string }[] = [];
    if (q.organization_id !== undefined) {
      if (!isUuid(q.organization_id)) problems.push({ field: 'organization_id', message: 'must be a valid id' });
      else add('a.organisation_id = ?', q.organization_id);
    }
    if (q.modified_after !== undefined) {
      const after = isoTimestamp(q.modified_after);
      if (!after) problems.push({ field: 'modified_after', message: 'must be an ISO 8601 date or date-time, e.g. 2026-01-31T09:00:00Z' });
      else add('a.updated_at > ?::timestamptz', after);
    }
    for (const [name, sql] of [
      ['minimum_age', '(a.maximum_age IS NULL OR a.maximum_age >= ?)'],
      ['maximum_age', '(a.minimum_age IS NULL OR a.minimum_age <= ?)'],
    ] as const) {
      if (q[name] === undefined) continue;
      const age = Number(q[name]);
      if (!Number.isInteger(age) || age < 0 || age > 120) problems.push({ field: name, message: 'must be a whole number from 0 to 120' });
      else add(sql, age);
    }
    const terms = this.taxonomies.termsById();
    if (q.taxonomy_term_id !== undefined) {
      const term = terms.get(q.taxonomy_term_id);
      if (!term) problems.push({ field: 'taxonomy_term_id', message: 'is not a taxonomy term of this directory' });
      else {
        const column: Record<string, string> = {
          NEED: '? = ANY(a.needs)',
          CATEGORY: 'a.category = ?',
          // The activity's own features together with its venue's, as everywhere else.
          ACCESSIBILITY: "? = ANY(a.accessibility || coalesce((SELECT v.accessibility FROM venues v WHERE v.id = a.venue_id), '{}'))",
          DELIVERY_MODE: 'a.delivery_mode = upper(?)::delivery_mode',
        };
        add(column[term.kind], term.code);
      }
    }
    if (q.taxonomy_id !== undefined) {
      const kind = this.taxonomies.kindOf(q.taxonomy_id);
      if (!kind) problems.push({ field: 'taxonomy_id', message: 'is not a taxonomy of this directory' });
      else {
        const hasTerm = {
          NEED: 'cardinality(a.needs) > 0',
          CATEGORY: 'a.category IS NOT NULL',
          ACCESSIBILITY: 'cardinality(a.accessibility) > 0',
          DELIVERY_MODE: 'TRUE',
        };
        clauses.push(hasTerm[kind]);
      }
    }
    const day = q.day === undefined ? undefined : DAYS[q.day.toUpperCase()];
    if (q.day !== undefined && !day) problems.push({ field: 'day', message: 'must be MO, TU, WE, TH, FR, SA or SU' });
    for (const name of ['start_time', 'end_time'] as const) {
      if (q[name] !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(q[name])) problems.push({ field: name, message: 'must be a time HH:MM' });
    }
    if (problems.length) throw new BadUserInputError(problems);
    if (day || q.start_time || q.end_time) {
      const conditions: string[] = [];
      for (const [value, sql] of [
        [day, "s->>'day' = ?"],
        [q.start_time, "s->>'startTime' >= ?"],
        [q.end_time, "s->>'endTime' <= ?"],
      ] as const) {
        if (!value) continue;
        params.push(value);
        conditions.push(sql.replace('?', `$${params.length}`));
      }
      clauses.push(`EXISTS (SELECT 1 FROM jsonb_array_elements(a.schedule) s WHERE ${conditions.join(' AND ')})`);
    }
    if (q.search?.trim()) {
      const found = await this.meili.search<{ id: string }>(this.index, {
        q: q.search.trim().slice(0, 200),
        filter: ['status = ACTIVE'],
        limit: 1000,
        attributesToRetrieve: ['id'],
      });
      add(
        'a.id = ANY(?::uuid[])',
        found.hits.map((h) => h.id),
      );
    }
    return { where: clauses.join(' AND '), params };
  }

  @Public()
  @Get('service_at_locations')
  @Header('access-control-allow-origin', '*')
  @Header('cache-control', 'public, max-age=60')
  async serviceAtLocations(@Query() raw: Record<string, unknown>) {
    const query = singleValues(raw);
    const { page: p, perPage: n } = pageParams(query.page, query.per_page);
    const { where, params } = await this.serviceFilter(query);
    const clauses = [where, 'a.venue_id IS NOT NULL'];
    if (query.postcode !== undefined || query.proximity !== undefined) {
      const metres = Number(query.proximity ?? 5000);
      const problems = [];
      if (!query.postcode) problems.push({ field: 'postcode', message: 'is required with proximity' });
      if (!Number.isFinite(metres) || metres <= 0 || metres > 200_000) problems.push({ field: 'proximity', message: 'must be metres, from 1 to 200000' });
      if (problems.length) throw new BadUserInputError(problems);
      const place = locatePostcode(query.postcode!, 'postcode');
      // Proximity goes through Meilisearch's geo index, like searchActivities.
      const near = await this.meili.search<{ id: string }>(this.index, {
        filter: [`status = ACTIVE`, `_geoRadius(${place.latitude}, ${place.longitude}, ${Math.round(metres)})`],
        limit: 10_000,
        attributesToRetrieve: ['id'],
      });
      params.push(near.hits.map((h) => h.id));
      clauses.push(`a.id = ANY($${params.length}::uuid[])`);
    }
    const { total, ids } = await this.pageOfIds({ id: 'a.id', from: ACTIVITIES, where: clauses.join(' AND '), orderBy: 'a.title, a.id' }, params, p, n);
    return envelope(await this.services.serviceAtLocations(ids), total, p, n);
  }

  @Public()
  @Get('service_at_locations/:id')
  @Header('access-control-allow-origin', '*')
  async serviceAtLocation(@Param('id') id: string) {
    const [activity] = isUuid(id) ? await this.services.load([id]) : [];
    if (!activity?.venue || !this.publication.activityPublished(activity)) throw new NotFoundError('Service at location', id);
    return this.services.mapper.serviceAtLocation(activity);
  }

  @Public()
  @Get('organizations')
  @Header('access-control-allow-origin', '*')
  @Header('cache-control', 'public, max-age=60')
  async organizations(@Query() raw: Record<string, unknown>) {
    const query = singleValues(raw);
    const { page: p, perPage: n } = pageParams(query.page, query.per_page);
    const params: unknown[] = [];
    const published = this.publication.organisationClause(params);
    const { total, ids } = await this.pageOfIds({ id: 'o.id', from: 'organisations o', where: published, orderBy: 'o.name, o.id' }, params, p, n);
    const byId = new Map((await this.dataSource.getRepository(OrganisationEntity).findBy({ id: In(ids) })).map((o) => [o.id, o]));
    return envelope(
      ids.map((id) => this.services.mapper.organizationFull(byId.get(id)!)),
      total,
      p,
      n,
    );
  }

  @Public()
  @Get('organizations/:id')
  @Header('access-control-allow-origin', '*')
  @Header('cache-control', 'public, max-age=60')
  async organization(@Param('id') id: string) {
    const o = isUuid(id) ? await this.dataSource.getRepository(OrganisationEntity).findOneBy({ id }) : null;
    if (!o || !this.publication.organisationPublished(o)) throw new NotFoundError('Organization', id);
    return this.services.mapper.organizationFull(o);
  }

  @Public()
  @Get('taxonomies')
  @Header('access-control-allow-origin', '*')
  @Header('cache-control', 'public, max-age=3600')
  taxonomiesList(@Query() raw: Record<string, unknown>) {
    const query = singleValues(raw);
    const { page: p, perPage: n } = pageParams(query.page, query.per_page);
    const all = this.taxonomies.taxonomies();
    return envelope(all.slice((p - 1) * n, p * n), all.length, p, n);
  }

  @Public()
  @Get('taxonomies/:id')
  @Header('access-control-allow-origin', '*')
  taxonomyById(@Param('id') id: string) {
    const found = this.taxonomies.taxonomies().find((t) => t.id === id);
    if (!found) throw new NotFoundError('Taxonomy', id);
    return found;
  }

  @Public()
  @Get('taxonomy_terms')
  @Header('access-control-allow-origin', '*')
  @Header('cache-control', 'public, max-age=3600')
  taxonomyTerms(@Query() raw: Record<string, unknown>) {
    const query = singleValues(raw);
    const taxonomyId = query.taxonomy_id;
    const { page: p, perPage: n } = pageParams(query.page, query.per_page);
    const all = this.taxonomies.terms().filter((t) => !taxonomyId || t.taxonomy_id === taxonomyId);
    return envelope(all.slice((p - 1) * n, p * n), all.length, p, n);
  }

  @Public()
  @Get('taxonomy_terms/:id')
  @Header('access-control-allow-origin', '*')
  taxonomyTerm(@Param('id') id: string) {
    const found = this.taxonomies.terms().find((t) => t.id === id);
    if (!found) throw new NotFoundError('Taxonomy term', id);
    return found;
  }

  @Public()
  @Get('services/:id')
  @Header('access-control-allow-origin', '*')
  @Header('cache-control', 'public, max-age=60')
  async service(@Param('id') id: string) {
    const [activity] = isUuid(id) ? await this.services.load([id]) : [];
    if (!activity || !this.publication.activityPublished(activity)) throw new NotFoundError('Service', id);
    const [service] = await this.services.full([activity]);
    return service;
  }
}
