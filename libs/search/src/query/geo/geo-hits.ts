import { LRUCache } from 'lru-cache';
import { Coordinates, distanceKm } from '@app/geo';
import { ACTIVITY_INDEX_SETTINGS } from '../../index/index-settings';
import { MeiliClient } from '../../meili/meili-client';
import { spotPoint } from '../../index/place-fields';

/** A search hit with its place, when it has one (remote activities have none). */
export interface GeoHit {
  id: string;
  spot?: string;
  _rankingScoreDetails?: Record<string, Record<string, unknown>>;
}

const PAGE = 5000;
/** Meilisearch counts at most this many values of a facet. */
export const MAX_SPOTS: number = ACTIVITY_INDEX_SETTINGS.faceting.maxValuesPerFacet;

/** What to match: words (may be empty) and filter clauses. */
export interface GeoQuery {
  q: string;
  filter: string[];
}

/**
 * What was measured from recent search points: metres to spots, and to the grid squares that could
 * hold them. Searches repeat the same few places (a surgery's postcode, a town's), and a city holds
 * thousands of spots. Bounded: 64 points of at most 10 000 measures each.
 */
const measured = new LRUCache<string, Map<string, number>>({ max: 64 });
const MEASURED_AT_MOST = 10_000;

/** `measure` from a point, remembered by name (a spot, a square: their names never coincide). */
export function measuredFrom(point: Coordinates, measure: (name: string) => number): (name: string) => number {
  const key = `${point.latitude},${point.longitude}`;
  let known = measured.get(key);
  if (!known) measured.set(key, (known = new Map()));
  return (name) => {
    let metres = known.get(name);
    if (metres === undefined) {
      metres = measure(name);
      if (known.size < MEASURED_AT_MOST) known.set(name, metres);
    }
    return metres;
  };
}

/** Metres from a point to spots, haversine (as `_geoRadius` and `_geoPoint` measured). */
export function metresFrom(point: Coordinates): (spot: string) => number {
  return measuredFrom(point, (spot) => distanceKm(point, spotPoint(spot)) * 1000);
}

/**
 * Every hit of a query (with its place), in Meilisearch's order, a page at a time; stops early once
 * `enough` says so. The query's own `q` and filter decide what matches.
 */
export async function allHits(
  meili: MeiliClient,
  index: string,
  query: GeoQuery & { showRankingScoreDetails?: boolean; distinct?: string },
  enough: (hits: GeoHit[]) => boolean = () => false,
): Promise<GeoHit[]> {
  const hits: GeoHit[] = [];
  for (let page = 1; ; page++) {
    const found = await meili.search<GeoHit>(index, { ...query, page, hitsPerPage: PAGE, attributesToRetrieve: ['id', 'spot'] });
    hits.push(...found.hits);
    if (found.hits.length < PAGE || hits.length >= (found.totalHits ?? 0) || enough(hits)) return hits;
  }
}

/**
 * How many documents match at each spot, from facet counts (no document is read); undefined when
 * there are more spots than Meilisearch counts (`maxSpots`), and the caller must read documents.
 */
export async function spotCounts(meili: MeiliClient, index: string, query: GeoQuery, maxSpots = MAX_SPOTS): Promise<Record<string, number> | undefined> {
  const counted = await meili.search(index, { ...query, facets: ['spot'], page: 1, hitsPerPage: 0 });
  const spots = counted.facetDistribution?.spot ?? {};
  return Object.keys(spots).length < maxSpots ? spots : undefined;
}

/**
 * Meilisearch counts facet values from the matching documents themselves up to this many matches
 * (milli's CANDIDATES_THRESHOLD), cheaply; above it, from its facet index, which costs per value of
 * the field in the whole index: 130–200 ms a request for `spot` at 1 000 000 activities.
 */
export const COUNTED_FROM_DOCUMENTS = 3000;

/**
 * The spots of the documents a query matches (`matches` of them): counted as facet values where
 * they are few, else listed once each with Meilisearch's `distinct`, which costs per spot (24
 * against 180 ms for 17 000 matches at 900 spots, in 1 000 000 activities).
 */
export async function spotsOf(meili: MeiliClient, index: string, query: GeoQuery, matches: number, countedUpTo = COUNTED_FROM_DOCUMENTS): Promise<string[]> {
  const counted = matches <= countedUpTo ? await spotCounts(meili, index, query) : undefined;
  if (counted) return Object.keys(counted);
  const hits = await allHits(meili, index, { ...query, filter: [...query.filter, 'spot EXISTS'], distinct: 'spot' });
  return hits.map((hit) => hit.spot!);
}
