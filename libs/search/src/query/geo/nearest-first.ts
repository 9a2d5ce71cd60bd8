import { Coordinates } from '@app/geo';
import { MeiliClient } from '../../meili/meili-client';
import { anyOf } from '../search-filter';
import { allHits, GeoHit, GeoQuery, MAX_SPOTS, metresFrom, spotCounts } from './geo-hits';

/** Meilisearch's geo sort counts points within a metre of each other as level. */
const LEVEL_METRES = 1;

/** The ranking rules before `sort`: matches level on all four share a relevance bucket. */
const BUCKET_RULES = ['words', 'typo', 'proximity', 'attribute'];
const bucketOf = (hit: GeoHit) =>
  JSON.stringify(BUCKET_RULES.map((rule) => Object.entries(hit._rankingScoreDetails?.[rule] ?? {}).filter(([key]) => key !== 'order')));

/**
 * The first `count` matches, nearest first, in the order Meilisearch's `_geoPoint(…):asc` sort gave:
 * relevance buckets (words, typo, proximity, attribute) first; within one, nearest first, points
 * within a metre of each other level (then exactness and freshness, as Meilisearch returns them);
 * matches with no place after those with one. `counted`: matches per spot, when the caller's own
 * query already counted them as facet values.
 */
export async function nearestFirst(
  meili: MeiliClient,
  index: string,
  query: GeoQuery,
  point: Coordinates,
  count: number,
  counted?: Record<string, number>,
  maxSpots = MAX_SPOTS,
): Promise<GeoHit[]> {
  if (count < 1) return [];
  if (query.q.trim()) return (await wholeBuckets(meili, index, query, point, count)).slice(0, count);
  const spots = counted && Object.keys(counted).length < maxSpots ? counted : await spotCounts(meili, index, query, maxSpots);
  // Too many spots to count: read every match.
  if (!spots) return inGeoSortOrder(await allHits(meili, index, query), point).slice(0, count);
  const placed = await nearestPlaced(meili, index, query, point, count, spots);
  if (placed.length >= count) return placed.slice(0, count);
  const unplaced = await allHits(meili, index, { ...query, filter: [...query.filter, 'spot NOT EXISTS'] }, (h) => placed.length + h.length >= count);
  return [...placed, ...unplaced].slice(0, count);
}

/** With words to match: every match in each relevance bucket up to the one holding the `count`th. */
async function wholeBuckets(meili: MeiliClient, index: string, query: GeoQuery, point: Coordinates, count: number): Promise<GeoHit[]> {
  const hits = await allHits(
    meili,
    index,
    { ...query, showRankingScoreDetails: true },
    (h) => h.length > count && bucketOf(h[count - 1]) !== bucketOf(h[h.length - 1]),
  );
  const last = hits.length >= count ? bucketOf(hits[count - 1]) : undefined;
  const end = last === undefined ? hits.length : hits.findIndex((hit, i) => i >= count && bucketOf(hit) !== last);
  return inGeoSortOrder(hits.slice(0, end < 0 ? hits.length : end), point, bucketOf);
}

/**
 * No words: the matches at the nearest spots, enough of them for `count`. How many match at each
 * spot (`counts`) comes from facet counts, so only the documents needed are read.
 */
async function nearestPlaced(
  meili: MeiliClient,
  index: string,
  query: GeoQuery,
  point: Coordinates,
  count: number,
  counts: Record<string, number>,
): Promise<GeoHit[]> {
  const metresTo = metresFrom(point);
  const spots = Object.entries(counts)
    .map(([spot, matches]) => ({ spot, matches, metres: metresTo(spot) }))
    .sort((a, b) => a.metres - b.metres);
  let taken = 0;
  let matches = 0;
  // Past the `count`th match, spots within a metre still share its level and may come before it.
  while (taken < spots.length && (matches < count || spots[taken].metres - spots[taken - 1].metres <= LEVEL_METRES)) matches += spots[taken++].matches;
  if (!taken) return [];
  const nearest = spots.slice(0, taken).map((s) => s.spot);
  return inGeoSortOrder(await allHits(meili, index, { ...query, filter: [...query.filter, anyOf('spot', nearest)] }), point);
}

/** Hits in relevance order, reordered as the geo sort would: per bucket, by distance level, then relevance. */
export function inGeoSortOrder(hits: GeoHit[], point: Coordinates, bucket: (hit: GeoHit) => string = () => ''): GeoHit[] {
  const metresTo = metresFrom(point);
  const ordered: GeoHit[] = [];
  for (let start = 0; start < hits.length;) {
    let end = start + 1;
    while (end < hits.length && bucket(hits[end]) === bucket(hits[start])) end++;
    const group = hits.slice(start, end).map((hit, rank) => ({ hit, rank, metres: hit.spot === undefined ? undefined : metresTo(hit.spot) }));
    const placed = group.filter((g) => g.metres !== undefined).sort((a, b) => a.metres! - b.metres! || a.rank - b.rank);
    for (let first = 0; first < placed.length;) {
      let next = first + 1;
      while (next < placed.length && placed[next].metres! - placed[first].metres! <= LEVEL_METRES) next++;
      ordered.push(
        ...placed
          .slice(first, next)
          .sort((a, b) => a.rank - b.rank)
          .map((g) => g.hit),
      );
      first = next;
    }
    ordered.push(...group.filter((g) => g.metres === undefined).map((g) => g.hit));
    start = end;
  }
  return ordered;
}
