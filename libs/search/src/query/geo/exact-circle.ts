import { MeiliClient } from '../../meili/meili-client';
import { Circle, circleBands } from './circle-bands';
import { allHits, metresTo } from './geo-hits';

/** Quotes ids for a Meilisearch filter (they are UUIDs, but quote them anyway). */
const idList = (ids: string[]) => `[${ids.map((id) => JSON.stringify(id)).join(', ')}]`;

/**
 * A Meilisearch filter matching exactly the documents within a circle, by numeric lat/lng (no
 * `_geo`: its R-tree is rewritten whole on every write, which made each update cost ~1 s at
 * 100 000 activities). Latitude bands bound the circle inside and out; the few documents between
 * the two, among those `base` lets through, are measured here, and the far side of the line is
 * named by id. Distances are haversine, as `_geoRadius` measured them.
 */
export async function exactCircle(meili: MeiliClient, index: string, base: string[], circle: Circle): Promise<string> {
  const { outer, inner } = circleBands(circle);
  const ring = await allHits(meili, index, { q: '', filter: [...base, `(${outer})`, ...(inner ? [`NOT (${inner})`] : [])] });
  const inside = ring.filter((hit) => metresTo(circle, hit)! <= circle.metres).map((hit) => hit.id);
  const outside = ring.filter((hit) => metresTo(circle, hit)! > circle.metres).map((hit) => hit.id);
  if (!outside.length) return `(${outer})`;
  if (inner && inside.length < outside.length) return inside.length ? `(${inner} OR id IN ${idList(inside)})` : `(${inner})`;
  return `((${outer}) AND id NOT IN ${idList(outside)})`;
}
