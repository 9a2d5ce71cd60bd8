import { MeiliClient } from '../../meili/meili-client';
import { Circle, coverCircle } from './circle-cover';
import { anyOf } from '../search-filter';
import { allHits, GeoQuery, MAX_SPOTS, metresToSpot, spotCounts } from './geo-hits';

/** Matches no document: no square has this name. */
const NOWHERE = 'cells = "nowhere"';

/**
 * A Meilisearch filter matching exactly the documents within a circle, by equality filters alone
 * (see place-fields.ts): the grid squares wholly inside, and, from the squares its edge crosses,
 * the spots that lie within, measured here (haversine, as `_geoRadius` measured). Only spots of
 * documents `base` lets through are asked for, as facet values: no document is read.
 */
export async function exactCircle(meili: MeiliClient, index: string, base: string[], circle: Circle, maxSpots = MAX_SPOTS): Promise<string> {
  const { inside, edge } = coverCircle(circle);
  const crossed = edge.length ? await edgeSpots(meili, index, { q: '', filter: [...base, anyOf('cells', edge)] }, maxSpots) : [];
  const spots = crossed.filter((spot) => metresToSpot(circle, spot) <= circle.metres);
  const parts = [...(inside.length ? [anyOf('cells', inside)] : []), ...(spots.length ? [anyOf('spot', spots)] : [])];
  return parts.length ? `(${parts.join(' OR ')})` : NOWHERE;
}

/** The spots in the edge squares: counted, or read from the documents when too many to count. */
async function edgeSpots(meili: MeiliClient, index: string, query: GeoQuery, maxSpots: number): Promise<string[]> {
  const counted = await spotCounts(meili, index, query, maxSpots);
  if (counted) return Object.keys(counted);
  return [...new Set((await allHits(meili, index, query)).map((hit) => hit.spot!))];
}
