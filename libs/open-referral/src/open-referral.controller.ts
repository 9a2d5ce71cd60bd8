import { Controller, Get, Header, Param, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Public } from '@app/accounts';
import { BadUserInputError, isUuid, NotFoundError } from '@app/common';
import { ActivitiesRepository, ASSURED_STATUSES, OrganisationEntity } from '@app/directory';
import { TaxonomyService } from '@app/taxonomy';
import { OrukMapper } from './oruk-mapper';
import { OrukTaxonomies } from './oruk-taxonomies';

export const ORUK_BASE = 'openreferral/v3';
const MAX_PER_PAGE = 100;

function pageParams(page?: string, perPage?: string): { page: number; perPage: number } {
  const p = page === undefined ? 1 : Number(page);
  const n = perPage === undefined ? 50 : Number(perPage);
  const problems = [];
  if (!Number.isInteger(p) || p < 1) problems.push({ field: 'page', message: 'must be a whole number from 1' });
  if (!Number.isInteger(n) || n < 1 || n > MAX_PER_PAGE) problems.push({ field: 'per_page', message: `must be a whole number from 1 to ${MAX_PER_PAGE}` });
  if (problems.length) throw new BadUserInputError(problems);
  return { page: p, perPage: n };
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
 * The Open Referral UK (HSDS-UK 3.0) publishing API, open to all: only active listings of assured
 * organisations are published. (Issue 6, in part: no service_at_locations, text or proximity filters, import or export yet.)
 */
@Controller(ORUK_BASE)
export class OpenReferralController {
  private readonly mapper: OrukMapper;
  private readonly taxonomies: OrukTaxonomies;

  constructor(
    private readonly dataSource: DataSource,
    private readonly activities: ActivitiesRepository,
    taxonomy: TaxonomyService,
  ) {
    this.mapper = new OrukMapper(taxonomy);
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
  async services(@Query('page') page?: string, @Query('per_page') perPage?: string, @Query('organization_id') organizationId?: string) {
    const { page: p, perPage: n } = pageParams(page, perPage);
    if (organizationId !== undefined && !isUuid(organizationId)) throw BadUserInputError.field('organization_id', 'must be a valid id');
    const where = `a.status = 'ACTIVE' AND o.assurance_status = ANY($1::assurance_status[]) AND (o.assured_until IS NULL OR o.assured_until >= current_date)
                   AND ($2::uuid IS NULL OR a.organisation_id = $2)`;
    const params = [ASSURED_STATUSES, organizationId ?? null];
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM activities a JOIN organisations o ON o.id = a.organisation_id WHERE ${where}`, params);
    const ids: { id: string }[] = await this.dataSource.query(
      `SELECT a.id FROM activities a JOIN organisations o ON o.id = a.organisation_id WHERE ${where} ORDER BY a.title, a.id LIMIT $3 OFFSET $4`,
      [...params, n, (p - 1) * n],
    );
    const byId = new Map((await this.activities.findByIds(ids.map((r) => r.id))).map((a) => [a.id, a]));
    return envelope(ids.map((r) => this.mapper.serviceSummary(byId.get(r.id)!)), total, p, n);
  }

  @Public()
  @Get('organizations')
  @Header('access-control-allow-origin', '*')
  @Header('cache-control', 'public, max-age=60')
  async organizations(@Query('page') page?: string, @Query('per_page') perPage?: string) {
    const { page: p, perPage: n } = pageParams(page, perPage);
    const published = `o.assurance_status = ANY($1::assurance_status[]) AND (o.assured_until IS NULL OR o.assured_until >= current_date)`;
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM organisations o WHERE ${published}`, [ASSURED_STATUSES]);
    const rows = await this.dataSource.getRepository(OrganisationEntity).createQueryBuilder('o')
      .where('o.assurance_status IN (:...statuses) AND (o.assured_until IS NULL OR o.assured_until >= current_date)', { statuses: ASSURED_STATUSES })
      .orderBy('o.name').addOrderBy('o.id').limit(n).offset((p - 1) * n).getMany();
    return envelope(rows.map((o) => this.mapper.organizationFull(o)), total, p, n);
  }

  @Public()
  @Get('organizations/:id')
  @Header('access-control-allow-origin', '*')
  @Header('cache-control', 'public, max-age=60')
  async organization(@Param('id') id: string) {
    const o = isUuid(id) ? await this.dataSource.getRepository(OrganisationEntity).findOneBy({ id }) : null;
    if (!o || !ASSURED_STATUSES.includes(o.assuranceStatus)) throw new NotFoundError('Organization', id);
    return this.mapper.organizationFull(o);
  }

  @Public()
  @Get('taxonomies')
  @Header('access-control-allow-origin', '*')
  @Header('cache-control', 'public, max-age=3600')
  taxonomiesList(@Query('page') page?: string, @Query('per_page') perPage?: string) {
    const { page: p, perPage: n } = pageParams(page, perPage);
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
  taxonomyTerms(@Query('page') page?: string, @Query('per_page') perPage?: string, @Query('taxonomy_id') taxonomyId?: string) {
    const { page: p, perPage: n } = pageParams(page, perPage);
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
    const [activity] = isUuid(id) ? await this.activities.findByIds([id]) : [];
    const published = activity && activity.status === 'ACTIVE' && ASSURED_STATUSES.includes(activity.organisation!.assuranceStatus);
    if (!published) throw new NotFoundError('Service', id);
    return this.mapper.serviceFull(activity);
  }
}
