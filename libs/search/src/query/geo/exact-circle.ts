import { LRUCache } from 'lru-cache';
import { MeiliClient } from '../../meili/meili-client';
import { Circle, coverCircle } from './circle-cover';
import { anyOf } from '../search-filter';
import { allHits, GeoQuery, MAX_SPOTS, metresFrom, spotCounts } from './geo-hits';

/** Matches no document: no square has this name. */
const NOWHERE = 'cells = "nowhere"';

/** A circle's squares, as filter terms. */
interface Cover {
  inside?: string;
  edge?: string;
}
/** Searches repeat the same few places (a surgery's postcode, a town's), so their circles are kept. */
const covers = new LRUCache<string, Cover>({ max: 256 });

/**
 * A Meilisearch filter matching exactly the documents within a circle, by equality filters alone
 * (see place-fields.ts): the grid squares wholly inside, and, from the squares its edge crosses,
 * the spots that lie within, measured here (haversine, as `_geoRadius` measured). Only spots of
 * documents `base` lets through are asked for, as facet values: no document is read.
 */
export async function exactCircle(meili: MeiliClient, index: string, base: string[], circle: Circle, maxSpots = MAX_SPOTS): Promise<string> {
  const cover = coverOf(circle);
  const crossed = cover.edge ? await edgeSpots(meili, index, { q: '', filter: [...base, cover.edge] }, maxSpots) : [];
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
    cover = { inside: inside.length ? anyOf('cells', inside) : undefined, edge: edge.length ? anyOf('cells', edge) : undefined };
    covers.set(key, cover);
  }
  return cover;
}

/** The spots in the edge squares: counted, or read from the documents when too many to count. */
async function edgeSpots(meili: MeiliClient, index: string, query: GeoQuery, maxSpots: number): Promise<string[]> {
  const counted = await spotCounts(meili, index, query, maxSpots);
  if (counted) return Object.keys(counted);
  return [...new Set((await allHits(meili, index, query)).map((hit) => hit.spot!))];
}
