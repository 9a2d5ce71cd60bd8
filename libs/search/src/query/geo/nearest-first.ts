import { Coordinates } from '@app/geo';
import { MeiliClient } from '../../meili/meili-client';
import { anyOf } from '../search-filter';
import { finestSquares, MARGIN } from './circle-cover';
import { SpotsKnown } from './exact-circle';
import { allHits, GeoHit, GeoQuery, MAX_SPOTS, metresFrom, spotCounts, spotsOf } from './geo-hits';

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
 * matches with no place after those with one. `cells`: matches per grid square, when the caller's
 * own query already counted them as facet values; `known`: spots known without asking Meilisearch.
 */
export async function nearestFirst(
  meili: MeiliClient,
  index: string,
  query: GeoQuery,
  point: Coordinates,
  count: number,
  { cells, known, maxSpots = MAX_SPOTS }: { cells?: Record<string, number>; known?: SpotsKnown; maxSpots?: number } = {},
): Promise<GeoHit[]> {
  if (count < 1) return [];
  if (query.q.trim()) return (await wholeBuckets(meili, index, query, point, count)).slice(0, count);
  const placed =
    (cells && (await nearestInSquares(meili, index, query, point, count, cells, known))) ?? (await nearestCounted(meili, index, query, point, count, maxSpots));
  // Too many spots to count: read every match.
  if (!placed) return inGeoSortOrder(await allHits(meili, index, query), point).slice(0, count);
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

interface Spot {
  spot: string;
  metres: number;
}

/**
 * No words, matches per grid square known (`cells`): the placed matches nearest first, read outwards
 * square by square and spot by spot, so a city's thousands of spots are never all listed. Undefined
 * when the squares were too many to count: count every spot instead.
 */
async function nearestInSquares(
  meili: MeiliClient,
  index: string,
  query: GeoQuery,
  point: Coordinates,
  count: number,
  cells: Record<string, number>,
  known?: SpotsKnown,
): Promise<GeoHit[] | undefined> {
  if (Object.keys(cells).length >= MAX_SPOTS) return undefined;
  const squares = finestSquares(cells, point).sort((a, b) => a.nearest - b.nearest);
  const metresTo = metresFrom(point);
  let spots: Spot[] = [];
  let listed = 0; // squares whose spots are listed, nearest first
  let listedMatches = 0; // matches in those squares
  /** Lists the spots of the next squares: up to `matches` more matches, and every square starting within `metres`. */
  const listSquares = async (matches: number, metres: number) => {
    const from = listed;
    let held = 0;
    for (; listed < squares.length && (held < matches || squares[listed].nearest <= metres); listed++) held += squares[listed].matches;
    if (listed === from) return;
    listedMatches += held;
    const keys = squares.slice(from, listed).map((s) => s.key);
    // Known spots where most would hold a match (a spot with none only costs reading it).
    const knownHere = known?.inSquares(keys);
    const listing =
      knownHere && knownHere.length <= 2 * held ? knownHere : await spotsOf(meili, index, { ...query, filter: [...query.filter, anyOf('cells', keys)] }, held);
    const found = listing.map((spot) => ({ spot, metres: metresTo(spot) }));
    spots = [...spots, ...found].sort((a, b) => a.metres - b.metres);
  };
  await listSquares(count, 0);
  // Nothing unlisted is nearer than this (less the rounding margin).
  const frontier = () => (listed < squares.length ? squares[listed].nearest - MARGIN : Infinity);
  for (let read = 0; ;) {
    const nearer = spots.filter((s) => s.metres < frontier());
    const perSpot = Math.max(1, listedMatches) / Math.max(1, spots.length);
    // Read the nearest spots' matches: twice as many spots as should hold `count`, then twice as many again.
    read = Math.min(nearer.length, Math.max(read * 2, Math.ceil((2 * count) / perSpot)));
    const hits = read
      ? await allHits(meili, index, {
          ...query,
          filter: [
            ...query.filter,
            anyOf(
              'spot',
              nearer.slice(0, read).map((s) => s.spot),
            ),
          ],
        })
      : [];
    const perSpotRead: Record<string, number> = {};
    for (const hit of hits) perSpotRead[hit.spot!] = (perSpotRead[hit.spot!] ?? 0) + 1;
    const nearest = nearestSpots(perSpotRead, point, count);
    const last = nearest[nearest.length - 1];
    // Exact once `count` are read (or every match), and nothing unread could be level with the last one taken.
    const unread = Math.min(nearer[read]?.metres ?? Infinity, frontier());
    if ((hits.length >= count || (read === nearer.length && listed === squares.length)) && (!last || last.metres + LEVEL_METRES < unread)) {
      const taken = new Set(nearest.map((s) => s.spot));
      return inGeoSortOrder(
        hits.filter((hit) => taken.has(hit.spot!)),
        point,
      );
    }
    // Squares starting within reach of what is needed may hold nearer or level spots: list those, and
    // squares holding `count` more matches (a request costs more than a few more spots).
    if (read === nearer.length || (last && last.metres + LEVEL_METRES >= frontier())) {
      await listSquares(count, (last?.metres ?? 0) + LEVEL_METRES + MARGIN);
      read = 0;
    }
  }
}

/** No words: the matches at the nearest spots, from every spot's matches counted as facet values. */
async function nearestCounted(
  meili: MeiliClient,
  index: string,
  query: GeoQuery,
  point: Coordinates,
  count: number,
  maxSpots: number,
): Promise<GeoHit[] | undefined> {
  const counts = await spotCounts(meili, index, query, maxSpots);
  if (!counts) return undefined;
  const nearest = nearestSpots(counts, point, count);
  if (!nearest.length) return [];
  return inGeoSortOrder(
    await allHits(meili, index, {
      ...query,
      filter: [
        ...query.filter,
        anyOf(
          'spot',
          nearest.map((s) => s.spot),
        ),
      ],
    }),
    point,
  );
}

/** The nearest spots holding `count` matches (`counts`: matches per spot), and those level with the last of them. */
function nearestSpots(counts: Record<string, number>, point: Coordinates, count: number): Spot[] {
  const metresTo = metresFrom(point);
  const spots = Object.entries(counts)
    .map(([spot, matches]) => ({ spot, matches, metres: metresTo(spot) }))
    .sort((a, b) => a.metres - b.metres);
  let taken = 0;
  let matches = 0;
  // Past the `count`th match, spots within a metre still share its level and may come before it.
  while (taken < spots.length && (matches < count || spots[taken].metres - spots[taken - 1].metres <= LEVEL_METRES)) matches += spots[taken++].matches;
  return spots.slice(0, taken).map(({ spot, metres }) => ({ spot, metres }));
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
