import { LRUCache } from 'lru-cache';
import { MeiliClient } from '../../meili/meili-client';
import { Circle, coverCircle } from './circle-cover';
import { anyOf } from '../search-filter';
import { distinctSpots, metresFrom } from './geo-hits';

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
 * documents `base` lets through are asked for, each once.
 */
export async function exactCircle(meili: MeiliClient, index: string, base: string[], circle: Circle): Promise<string> {
  const cover = coverOf(circle);
  const crossed = cover.edge ? await distinctSpots(meili, index, { q: '', filter: [...base, cover.edge] }) : [];
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
