import { Inject, Injectable } from '@nestjs/common';
import { BadUserInputError, FieldProblem, CLOCK, Clock } from '@app/common';
import { DirectoryMapper } from '@app/directory';
import { isApproximate, Location, LocationPrecision, Locator, roundedDistanceKm } from '@app/geo';
import { TaxonomyKind, TaxonomyService } from '@app/taxonomy';
import { DemandLog } from '../demand/demand-log';
import { coverageKeys } from '../index/activity-document';
import { FACET_FIELDS } from '../index/index-settings';
import { MeiliClient } from '../meili/meili-client';
import { ACTIVITY_INDEX, MEILI_CLIENT } from '../meili/meili.tokens';
import { Circle } from './geo/circle-cover';
import { exactCircle } from './geo/exact-circle';
import { GeoHit } from './geo/geo-hits';
import { KnownSpots } from './geo/known-spots';
import { nearestFirst } from './geo/nearest-first';
import { HydratedActivities } from './hydrated-activities';
import { spotPoint } from '../index/place-fields';
import { buildFilter, coverageCodes, reachClause } from './search-filter';
import { ActivitySearchInput, SearchSort } from './search.inputs';
import { ActivitySearchResultType, FacetType } from './search.types';

/** Search reads Meilisearch for ids, facets and totals, then hydrates the page from PostgreSQL (or the copies kept of its rows). */
@Injectable()
export class SearchService {
  constructor(
    @Inject(MEILI_CLIENT) private readonly meili: MeiliClient,
    @Inject(ACTIVITY_INDEX) private readonly index: string,
    private readonly hydrated: HydratedActivities,
    private readonly knownSpots: KnownSpots,
    private readonly mapper: DirectoryMapper,
    private readonly taxonomy: TaxonomyService,
    private readonly demand: DemandLog,
    private readonly locator: Locator,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * `request` identifies the HTTP request, so that its demand is recorded once however many searches
   * it holds. With `facets: false` (the query does not ask for them) none is counted and `facets` is empty.
   */
  async search(
    input: ActivitySearchInput,
    { request, facets: withFacets = true }: { request?: object; facets?: boolean } = {},
  ): Promise<ActivitySearchResultType> {
    const { body, place, page, pageSize } = await this.meiliQuery(input, withFacets);
    const { filter } = body;
    const response = await this.meili.search<GeoHit>(this.index, body);
    const total = response.totalHits ?? response.estimatedTotalHits ?? response.hits.length;
    // Nearest first is ordered here: Meilisearch holds no geo index (see exactCircle).
    const found =
      input.sort === SearchSort.DISTANCE && place
        ? (
            await nearestFirst(this.meili, this.index, { q: body.q, filter }, place, page * pageSize, {
              cells: response.facetDistribution?.cells,
              known: this.knownSpots,
            })
          ).slice((page - 1) * pageSize)
        : response.hits;

    const entities = await this.hydrated.findByIds(found.map((h) => h.id));
    const byId = new Map(entities.map((e) => [e.id, e]));
    const covered = new Set(place ? coverageCodes(place) : []);
    const hits = found
      .filter((h) => byId.has(h.id)) // deleted since it was indexed: the relay will catch up
      .map((h) => {
        const entity = byId.get(h.id)!;
        const coversArea = coverageKeys(entity.coverageOutcodes, entity.coverageDistricts).some((c) => covered.has(c));
        const approximate = !!place && !coversArea && isApproximate(place.precision, entity.venue?.precision ?? LocationPrecision.COORDINATES);
        const distance = place && h.spot !== undefined && !coversArea ? roundedDistanceKm(place, spotPoint(h.spot), approximate) : null;
        return { activity: this.mapper.activity(entity), distanceKm: distance, distanceApproximate: distance !== null && approximate, coversArea };
      });
    this.demand.record(input, place?.outcode || null, total, request);
    return { total, page, pageSize, hits, facets: withFacets ? facets(response.facetDistribution ?? {}) : [], near: place ?? null };
  }

  /**
   * Ids of active activities matching words and/or lying within a radius, at most `limit`, best
   * first: for callers that filter and page in PostgreSQL (the Open Referral API). Not demand.
   */
  async matchingIds(match: { text?: string; within?: Circle }, limit: number): Promise<string[]> {
    const filter = ['status = ACTIVE'];
    if (match.within) filter.push(await this.exactCircle(filter, { ...match.within, metres: Math.round(match.within.metres) }));
    const found = await this.meili.search<{ id: string }>(this.index, {
      q: match.text?.trim().slice(0, 200) ?? '',
      filter,
      limit,
      attributesToRetrieve: ['id'],
    });
    return found.hits.map((h) => h.id);
  }

  /**
   * The Meilisearch request for a search (validated), as sent: the page with totals and facets, or
   * (nearest first) only totals and facets.
   */
  async meiliQuery(input: ActivitySearchInput, withFacets = true) {
    const place = await this.resolvePlace(input);
    const page = input.page ?? 1;
    const pageSize = input.pageSize ?? 20;
    const filter = buildFilter(input, this.clock.now());
    if (place && input.near) {
      const circle = await this.exactCircle(filter, { ...place, metres: Math.round(input.near.radiusKm * 1000) });
      filter.push(reachClause(input, place, circle));
    }
    const nearestFirst = input.sort === SearchSort.DISTANCE && place;
    const q = input.text?.trim() ?? '';
    const body = {
      q,
      filter,
      // Nearest first with no words starts from matches per grid square: counted here, with any facets asked for.
      facets: [...(withFacets ? FACET_FIELDS : []), ...(nearestFirst && !q ? ['cells'] : [])],
      page: nearestFirst ? 1 : page,
      hitsPerPage: nearestFirst ? 0 : pageSize,
      attributesToRetrieve: ['id', 'spot'],
      ...(input.sort === SearchSort.RECENTLY_UPDATED ? { sort: ['updatedAt:desc'] } : {}),
    };
    return { body, place, page, pageSize };
  }

  private exactCircle(base: string[], circle: Circle): Promise<string> {
    return exactCircle(this.meili, this.index, base, circle, { known: this.knownSpots });
  }

  /** Where `near` points: a postcode (placed as exactly as the gazetteer allows) or coordinates. */
  private async resolvePlace(input: ActivitySearchInput): Promise<Location | undefined> {
    const problems: FieldProblem[] = [
      ...this.taxonomy.unknownCodes(TaxonomyKind.NEED, input.needs, 'needs'),
      ...this.taxonomy.unknownCodes(TaxonomyKind.ACCESSIBILITY, input.accessibility, 'accessibility'),
    ];
    const near = input.near;
    let place: Location | undefined;
    if (near) {
      const hasPostcode = Boolean(near.postcode?.trim());
      const hasCoordinates = near.latitude !== undefined && near.latitude !== null && near.longitude !== undefined && near.longitude !== null;
      if (hasPostcode === hasCoordinates) {
        problems.push({ field: 'near', message: 'give either a postcode or both latitude and longitude' });
      } else if (hasPostcode) {
        try {
          place = await this.locator.locate(near.postcode!, 'near.postcode');
        } catch (error) {
          if (!(error instanceof BadUserInputError)) throw error;
          problems.push(...error.problems);
        }
      } else {
        place = {
          latitude: near.latitude!,
          longitude: near.longitude!,
          precision: LocationPrecision.COORDINATES,
          outcode: '',
          postcode: null,
          district: null,
          terminatedOn: null,
        };
      }
    }
    if (input.sort === SearchSort.DISTANCE && !near) problems.push({ field: 'sort', message: 'DISTANCE needs `near`' });
    if (problems.length) throw new BadUserInputError(problems);
    return place;
  }
}

function facets(distribution: Record<string, Record<string, number>>): FacetType[] {
  return FACET_FIELDS.map((field) => ({
    field,
    values: Object.entries(distribution[field] ?? {})
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
  }));
}
