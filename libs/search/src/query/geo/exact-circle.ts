import { LRUCache } from 'lru-cache';
import { MeiliClient } from '../../meili/meili-client';
import { Circle, coverCircle } from './circle-cover';
import { anyOf } from '../search-filter';
import { COUNTED_FROM_DOCUMENTS, GeoQuery, metresFrom, spotsOf } from './geo-hits';

/** Matches no document: no square has this name. */
const NOWHERE = 'cells = "nowhere"';

/** A circle's squares, as filter terms, and the squares its edge crosses. */
interface Cover {
  inside?: string;
  edge?: string;
  edgeSquares: string[];
  /** The whole filter, made from known spots (whatever else is asked): good while they stay the same. */
  fromKnown?: { known: SpotsKnown; version: number; filter: string };
}

/** Spots known without asking Meilisearch (see KnownSpots); `version` changes whenever they do. */
export interface SpotsKnown {
  readonly version: number;
  /** The spots in these grid squares (any sizes), or undefined when not known. */
  inSquares(squares: readonly string[]): string[] | undefined;
}

/** Searches repeat the same few places (a surgery's postcode, a town's), so their circles are kept. */
const covers = new LRUCache<string, Cover>({ max: 256 });

/**
 * A Meilisearch filter matching exactly the documents within a circle, by equality filters alone
 * (see place-fields.ts): the grid squares wholly inside, and, from the squares its edge crosses,
 * the spots that lie within, measured here (haversine, as `_geoRadius` measured). The edge's spots
 * come from `known` where it knows them, else from Meilisearch: those of documents `base` lets through.
 */
export async function exactCircle(
  meili: MeiliClient,
  index: string,
  base: string[],
  circle: Circle,
  { known, countedUpTo = COUNTED_FROM_DOCUMENTS }: { known?: SpotsKnown; countedUpTo?: number } = {},
): Promise<string> {
  const cover = coverOf(circle);
  if (!cover.edge) return circleFilter(cover, circle, []);
  if (known) {
    const kept = cover.fromKnown;
    if (kept?.known === known && kept.version === known.version) return kept.filter;
    const crossed = known.inSquares(cover.edgeSquares);
    if (crossed) {
      cover.fromKnown = { known, version: known.version, filter: circleFilter(cover, circle, crossed) };
      return cover.fromKnown.filter;
    }
  }
  return circleFilter(cover, circle, await edgeSpots(meili, index, { q: '', filter: [...base, cover.edge] }, countedUpTo));
}

/** The squares wholly inside, or (from `crossed`, the spots in the edge squares) a spot within. */
function circleFilter(cover: Cover, circle: Circle, crossed: string[]): string {
  const metresTo = metresFrom(circle);
  const spots = crossed.filter((spot) => metresTo(spot) <= circle.metres);
  const parts = [...(cover.inside ? [cover.inside] : []), ...(spots.length ? [anyOf('spot', spots)] : [])];
  return parts.length ? `(${parts.join(' OR ')})` : NOWHERE;
}

function coverOf(circle: Circle): Cover {
  const key = `${circle.latitude},${circle.longitude},${circle.metres}`;
  let cover = covers.get(key);
  if (!cover) {
    const { inside, edge } = coverCircle(circle);
    cover = { inside: inside.length ? anyOf('cells', inside) : undefined, edge: edge.length ? anyOf('cells', edge) : undefined, edgeSquares: edge };
    covers.set(key, cover);
  }
  return cover;
}

/** The spots in the edge squares, having asked how many documents match there. */
async function edgeSpots(meili: MeiliClient, index: string, query: GeoQuery, countedUpTo: number): Promise<string[]> {
  const { totalHits } = await meili.search(index, { ...query, page: 1, hitsPerPage: 0 });
  if (!totalHits) return [];
  return spotsOf(meili, index, query, totalHits, countedUpTo);
}
