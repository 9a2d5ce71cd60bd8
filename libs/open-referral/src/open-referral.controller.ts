import { Controller, Get, Header, Param, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Public } from '@app/accounts';
import { BadUserInputError, isUuid, NotFoundError } from '@app/common';
import { ActivitiesRepository, ASSURED_STATUSES } from '@app/directory';
import { TaxonomyService } from '@app/taxonomy';
import { OrukMapper } from './oruk-mapper';

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

/**
 * The Open Referral UK (HSDS-UK 3.0) publishing API, open to all: only active listings of assured
 * organisations are published. (Issue 6, in part: root, services list and detail so far.)
 */
@Controller(ORUK_BASE)
export class OpenReferralController {
  private readonly mapper: OrukMapper;

  constructor(
    private readonly dataSource: DataSource,
    private readonly activities: ActivitiesRepository,
    taxonomy: TaxonomyService,
  ) {
    this.mapper = new OrukMapper(taxonomy);
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
    const totalPages = Math.ceil(total / n);
    const contents = ids.map((r) => this.mapper.serviceSummary(byId.get(r.id)!));
    return {
      total_items: total,
      total_pages: totalPages,
      page_number: p,
      size: contents.length,
      first_page: p === 1,
      last_page: p >= totalPages,
      empty: contents.length === 0,
      contents,
    };
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
