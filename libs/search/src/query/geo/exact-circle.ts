import { distanceKm } from '@app/geo';
import { MeiliClient } from '../../meili/meili-client';
import { Circle, coverCircle } from './circle-cover';
import { spotPoint } from './place-fields';

const list = (values: string[]) => `[${values.map((value) => JSON.stringify(value)).join(', ')}]`;
/** Matches no document: no square has this name. */
const NOWHERE = 'cells = "nowhere"';

/**
 * A Meilisearch filter matching exactly the documents within a circle, by equality filters alone
 * (see place-fields.ts): the grid squares wholly inside, and, from the squares its edge crosses,
 * the spots that lie within, measured here (haversine, as `_geoRadius` measured). Only spots of
 * documents `base` lets through are asked for, as facet values: no document is read.
 */
export async function exactCircle(meili: MeiliClient, index: string, base: string[], circle: Circle): Promise<string> {
  const { inside, edge } = coverCircle(circle);
  const spots = edge.length
    ? Object.keys(
        (await meili.search(index, { q: '', filter: [...base, `cells IN ${list(edge)}`], facets: ['spot'], page: 1, hitsPerPage: 0 })).facetDistribution
          ?.spot ?? {},
      ).filter((spot) => distanceKm(circle, spotPoint(spot)) * 1000 <= circle.metres)
    : [];
  const parts = [...(inside.length ? [`cells IN ${list(inside)}`] : []), ...(spots.length ? [`spot IN ${list(spots)}`] : [])];
  return parts.length ? `(${parts.join(' OR ')})` : NOWHERE;
}
