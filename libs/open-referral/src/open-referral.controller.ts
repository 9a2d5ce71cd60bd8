import { Controller, Get, Header, Param, Query, UseInterceptors } from '@nestjs/common';
import { Public } from '@app/access';
import { BadUserInputError, isUuid, NotFoundError } from '@app/common';
import { OrganisationsRepository } from '@app/directory';
import { Locator } from '@app/geo';
import { SearchService } from '@app/search';
import { TaxonomyService } from '@app/taxonomy';
import { OrukTaxonomies } from './oruk-taxonomies';
import { OrukServices } from './oruk-services';
import { OrukPublication } from './publication';
import { PublishedListingsRepository, ServiceFilter } from './published-listings.repository';
import { RateLimitInterceptor } from './rate-limit';

export const ORUK_BASE = 'openreferral/v3';
const MAX_PER_PAGE = 100;

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
    private readonly services: OrukServices,
    private readonly publication: OrukPublication,
    private readonly listings: PublishedListingsRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly search: SearchService,
    private readonly locator: Locator,
    taxonomy: TaxonomyService,
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
    const { total, ids: found } = await this.listings.servicesPage(await this.serviceFilter(query), p, n);
    // full=true nests each service fully (what an importer walking the feed asks for).
    return envelope(full ? await this.services.full(await this.services.load(found)) : await this.services.summaries(found), total, p, n);
  }

  /** The OpenAPI document's service filters, combined with AND; text goes through search. */
  private async serviceFilter(q: Record<string, string | undefined>): Promise<ServiceFilter> {
    const filter: ServiceFilter = {};
    const problems: { field: string; message: string }[] = [];
    if (q.organization_id !== undefined) {
      if (!isUuid(q.organization_id)) problems.push({ field: 'organization_id', message: 'must be a valid id' });
      else filter.organisationId = q.organization_id;
    }
    if (q.modified_after !== undefined) {
      filter.modifiedAfter = isoTimestamp(q.modified_after);
      if (!filter.modifiedAfter) problems.push({ field: 'modified_after', message: 'must be an ISO 8601 date or date-time, e.g. 2026-01-31T09:00:00Z' });
    }
    for (const [name, key] of [
      ['minimum_age', 'minimumAge'],
      ['maximum_age', 'maximumAge'],
    ] as const) {
      if (q[name] === undefined) continue;
      const age = Number(q[name]);
      if (!Number.isInteger(age) || age < 0 || age > 120) problems.push({ field: name, message: 'must be a whole number from 0 to 120' });
      else filter[key] = age;
    }
    if (q.taxonomy_term_id !== undefined) {
      const term = this.taxonomies.termsById().get(q.taxonomy_term_id);
      if (!term) problems.push({ field: 'taxonomy_term_id', message: 'is not a taxonomy term of this directory' });
      else filter.term = { kind: term.kind, code: term.code };
    }
    if (q.taxonomy_id !== undefined) {
      filter.taxonomyKind = this.taxonomies.kindOf(q.taxonomy_id);
      if (!filter.taxonomyKind) problems.push({ field: 'taxonomy_id', message: 'is not a taxonomy of this directory' });
    }
    const day = q.day === undefined ? undefined : DAYS[q.day.toUpperCase()];
    if (q.day !== undefined && !day) problems.push({ field: 'day', message: 'must be MO, TU, WE, TH, FR, SA or SU' });
    for (const name of ['start_time', 'end_time'] as const) {
      if (q[name] !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(q[name])) problems.push({ field: name, message: 'must be a time HH:MM' });
    }
    if (problems.length) throw new BadUserInputError(problems);
    if (day || q.start_time || q.end_time) filter.session = { day, startTime: q.start_time, endTime: q.end_time };
    if (q.search?.trim()) filter.ids = await this.search.matchingIds({ text: q.search }, 1000);
    return filter;
  }

  @Public()
  @Get('service_at_locations')
  @Header('access-control-allow-origin', '*')
  @Header('cache-control', 'public, max-age=60')
  async serviceAtLocations(@Query() raw: Record<string, unknown>) {
    const query = singleValues(raw);
    const { page: p, perPage: n } = pageParams(query.page, query.per_page);
    const filter = { ...(await this.serviceFilter(query)), atVenue: true };
    if (query.postcode !== undefined || query.proximity !== undefined) {
      const metres = Number(query.proximity ?? 5000);
      const problems = [];
      if (!query.postcode) problems.push({ field: 'postcode', message: 'is required with proximity' });
      if (!Number.isFinite(metres) || metres <= 0 || metres > 200_000) problems.push({ field: 'proximity', message: 'must be metres, from 1 to 200000' });
      if (problems.length) throw new BadUserInputError(problems);
      const place = await this.locator.locate(query.postcode!, 'postcode');
      // Proximity goes through the search index's geo radius, like searchActivities.
      const near = await this.search.matchingIds({ within: { latitude: place.latitude, longitude: place.longitude, metres } }, 10_000);
      const nearby = new Set(near);
      filter.ids = filter.ids ? filter.ids.filter((id) => nearby.has(id)) : near;
    }
    const { total, ids } = await this.listings.servicesPage(filter, p, n);
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
    const { total, ids } = await this.listings.organisationsPage(p, n);
    const byId = new Map((await this.organisations.findByIds(ids)).map((o) => [o.id, o]));
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
    const o = isUuid(id) ? await this.organisations.findById(id) : null;
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
