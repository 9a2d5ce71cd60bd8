import { Coordinates } from '@app/geo';
import { MeiliClient } from '../../meili/meili-client';
import { anyOf } from '../search-filter';
import { Circle } from './circle-cover';
import { exactCircle } from './exact-circle';
import { allHits, GeoHit, GeoQuery, MAX_SPOTS, metresFrom, spotCounts } from './geo-hits';

/** Meilisearch's geo sort counts points within a metre of each other as level. */
const LEVEL_METRES = 1;
/** Narrower circles tried first for nearest first, as fractions of the search's radius. */
const NARROWER = [1 / 16, 1 / 4];

/** The ranking rules before `sort`: matches level on all four share a relevance bucket. */
const BUCKET_RULES = ['words', 'typo', 'proximity', 'attribute'];
const bucketOf = (hit: GeoHit) =>
  JSON.stringify(BUCKET_RULES.map((rule) => Object.entries(hit._rankingScoreDetails?.[rule] ?? {}).filter(([key]) => key !== 'order')));

/** The search's circle, and its filter without the circle: all a circle inside it needs. */
export interface SearchCircle {
  circle: Circle;
  base: string[];
}

/**
 * The first `count` matches, nearest first, in the order Meilisearch's `_geoPoint(…):asc` sort gave:
 * relevance buckets (words, typo, proximity, attribute) first; within one, nearest first, points
 * within a metre of each other level (then exactness and freshness, as Meilisearch returns them);
 * matches with no place after those with one. Given the search's circle (`within`), matches are
 * first looked for in narrower circles, so that a city's worth of spots need not be counted.
 */
export async function nearestFirst(
  meili: MeiliClient,
  index: string,
  query: GeoQuery,
  point: Coordinates,
  count: number,
  within?: SearchCircle,
  maxSpots = MAX_SPOTS,
): Promise<GeoHit[]> {
  if (count < 1) return [];
  if (query.q.trim()) return (await wholeBuckets(meili, index, query, point, count)).slice(0, count);
  if (within) {
    const near = await nearestInNarrowerCircles(meili, index, query.q, within, count, maxSpots);
    if (near) return near;
  }
  const spots = await spotCounts(meili, index, query, maxSpots);
  // Too many spots to count: read every match.
  if (!spots) return inGeoSortOrder(await allHits(meili, index, query), point).slice(0, count);
  const placed = await readNearest(meili, index, query, point, nearestSpots(spots, point, count).spots);
  if (placed.length >= count) return placed.slice(0, count);
  const unplaced = await allHits(meili, index, { ...query, filter: [...query.filter, 'spot NOT EXISTS'] }, (h) => placed.length + h.length >= count);
  return [...placed, ...unplaced].slice(0, count);
}

/**
 * The nearest `count` matches when they all lie within a sixteenth or a quarter of the search's
 * radius, by more than a metre (so nothing beyond could be level with them); else undefined. What
 * lies inside the search's circle needs only the base filter, which is far cheaper than the circle's.
 */
async function nearestInNarrowerCircles(
  meili: MeiliClient,
  index: string,
  q: string,
  { circle, base }: SearchCircle,
  count: number,
  maxSpots: number,
): Promise<GeoHit[] | undefined> {
  for (const fraction of NARROWER) {
    const narrower = { latitude: circle.latitude, longitude: circle.longitude, metres: Math.round(circle.metres * fraction) };
    const inside = { q, filter: [...base, await exactCircle(meili, index, base, narrower, maxSpots)] };
    const counts = await spotCounts(meili, index, inside, maxSpots);
    if (!counts) return undefined;
    const nearest = nearestSpots(counts, circle, count);
    if (nearest.matches >= count && nearest.metres + LEVEL_METRES < narrower.metres) {
      return (await readNearest(meili, index, { q, filter: base }, circle, nearest.spots)).slice(0, count);
    }
  }
  return undefined;
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
 * The nearest spots holding `count` matches (`counts`: matches per spot, from facet counts), and
 * any level with the last of them; how many matches they hold, and how far the last one is.
 */
function nearestSpots(counts: Record<string, number>, point: Coordinates, count: number): { spots: string[]; matches: number; metres: number } {
  const metresTo = metresFrom(point);
  const spots = Object.entries(counts)
    .map(([spot, matches]) => ({ spot, matches, metres: metresTo(spot) }))
    .sort((a, b) => a.metres - b.metres);
  let taken = 0;
  let matches = 0;
  // Past the `count`th match, spots within a metre still share its level and may come before it.
  while (taken < spots.length && (matches < count || spots[taken].metres - spots[taken - 1].metres <= LEVEL_METRES)) matches += spots[taken++].matches;
  return { spots: spots.slice(0, taken).map((s) => s.spot), matches, metres: taken ? spots[taken - 1].metres : 0 };
}

/** Every match at these spots, in geo sort order: only the documents needed are read. */
async function readNearest(meili: MeiliClient, index: string, query: GeoQuery, point: Coordinates, spots: string[]): Promise<GeoHit[]> {
  if (!spots.length) return [];
  return inGeoSortOrder(await allHits(meili, index, { ...query, filter: [...query.filter, anyOf('spot', spots)] }), point);
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
