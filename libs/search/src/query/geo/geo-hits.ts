import { Coordinates, distanceKm } from '@app/geo';
import { MeiliClient } from '../../meili/meili-client';

/** A search hit with its place, when it has one (remote activities have none). */
export interface GeoHit {
  id: string;
  lat?: number;
  lng?: number;
  _rankingScoreDetails?: Record<string, Record<string, unknown>>;
}

const PAGE = 5000;

/** Metres from a point to a hit; undefined for a hit with no place. */
export function metresTo(point: Coordinates, hit: GeoHit): number | undefined {
  return hit.lat === undefined || hit.lng === undefined ? undefined : distanceKm(point, { latitude: hit.lat, longitude: hit.lng }) * 1000;
}

/**
 * Every hit of a query (with its place), in Meilisearch's order, a page at a time; stops early once
 * `enough` says so. The query's own `q` and filter decide what matches.
 */
export async function allHits(
  meili: MeiliClient,
  index: string,
  query: { q: string; filter: string[]; showRankingScoreDetails?: boolean },
  enough: (hits: GeoHit[]) => boolean = () => false,
): Promise<GeoHit[]> {
  const hits: GeoHit[] = [];
  for (let page = 1; ; page++) {
    const found = await meili.search<GeoHit>(index, { ...query, page, hitsPerPage: PAGE, attributesToRetrieve: ['id', 'lat', 'lng'] });
    hits.push(...found.hits);
    if (found.hits.length < PAGE || hits.length >= (found.totalHits ?? 0) || enough(hits)) return hits;
  }
}
