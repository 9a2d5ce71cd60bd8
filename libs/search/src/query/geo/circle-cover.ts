import { Coordinates, distanceKm, EARTH_RADIUS_KM } from '@app/geo';
import { CELL_DEGREES, cellKey } from '../../index/place-fields';
import { measuredFrom } from './geo-hits';

export interface Circle extends Coordinates {
  metres: number;
}

/** Finer squares only while a circle's edge crosses fewer than this many: each is a filter term. */
const EDGE_SQUARES = 600;
/** Margin (metres) for float rounding: a square is inside or outside only when clearly so. */
export const MARGIN = 1;

const rad = Math.PI / 180;
const hav = (angle: number) => Math.sin(angle / 2) ** 2;

/**
 * Grid squares covering a circle: `inside` wholly within it, `edge` crossing its edge (their
 * points must be measured one by one). Coarse squares where they fit, finer along the edge.
 */
export function coverCircle(circle: Circle): { inside: string[]; edge: string[] } {
  const reach = circle.metres / (EARTH_RADIUS_KM * 1000);
  const lat0 = circle.latitude * rad;
  const south = Math.max(-90, circle.latitude - reach / rad);
  const north = Math.min(90, circle.latitude + reach / rad);
  // The widest the circle is in longitude (at a latitude a little poleward of its centre).
  const widest = Math.sin(reach) / Math.cos(lat0);
  const halfSpan = north >= 90 || south <= -90 || widest >= 1 ? 180 : Math.asin(widest) / rad;
  const inside: string[] = [];
  let edge: [number, number][] = [];
  const size0 = CELL_DEGREES[0];
  for (let row = Math.floor(south / size0); row <= Math.floor(north / size0); row++) {
    for (let column = Math.floor((circle.longitude - halfSpan) / size0); column <= Math.floor((circle.longitude + halfSpan) / size0); column++) {
      edge.push([row, column]);
    }
  }
  for (let level = 0; ; level++) {
    const size = CELL_DEGREES[level];
    const crossing: [number, number][] = [];
    for (const [row, column] of edge) {
      const where = place(circle, lat0, row * size, (row + 1) * size, column * size, (column + 1) * size);
      if (where === 'inside') inside.push(cellKey(level, row, wrap(column, size)));
      else if (where === 'edge') crossing.push([row, column]);
    }
    const ratio = level + 1 < CELL_DEGREES.length ? Math.round(size / CELL_DEGREES[level + 1]) : 0;
    if (!ratio || crossing.length * ratio > EDGE_SQUARES) {
      return { inside, edge: crossing.map(([row, column]) => cellKey(level, row, wrap(column, size))) };
    }
    edge = crossing.flatMap(([row, column]) =>
      Array.from({ length: ratio * ratio }, (_, i) => [row * ratio + Math.floor(i / ratio), column * ratio + (i % ratio)] as [number, number]),
    );
  }
}

/** Columns counted past ±180° name the same squares as their counterparts on the other side. */
function wrap(column: number, size: number): number {
  const perTurn = Math.round(360 / size);
  const west = Math.round(-180 / size);
  return ((((column - west) % perTurn) + perTurn) % perTurn) + west;
}

function place(circle: Circle, lat0: number, south: number, north: number, west: number, east: number): 'inside' | 'outside' | 'edge' {
  if (farthestInSquare(circle, south, north, west, east) <= circle.metres - MARGIN) return 'inside';
  return nearestInSquare(circle, south, north, west, east, lat0) > circle.metres + MARGIN ? 'outside' : 'edge';
}

/** A bound from above (metres) on how far a point is from the points of a small grid square. */
function farthestInSquare(point: Coordinates, south: number, north: number, west: number, east: number): number {
  const metres = (latitude: number, longitude: number) => distanceKm(point, { latitude, longitude }) * 1000;
  // Distance grows towards every corner of a square this small, so the corners bound it from above.
  return Math.max(metres(south, west), metres(south, east), metres(north, west), metres(north, east));
}

/**
 * A bound from below (metres) on how far a point is from the points of a small grid square: the
 * nearest latitude and the nearest longitude, each taken on its own. Longitudes taken as given (unwrapped).
 */
function nearestInSquare(point: Coordinates, south: number, north: number, west: number, east: number, lat0 = point.latitude * rad): number {
  const dLat = point.latitude < south ? south - point.latitude : point.latitude > north ? point.latitude - north : 0;
  const dLng = point.longitude < west ? west - point.longitude : point.longitude > east ? point.longitude - east : 0;
  const cosMin = Math.min(Math.cos(Math.max(-90, south) * rad), Math.cos(Math.min(90, north) * rad));
  const haversine = hav(dLat * rad) + Math.cos(lat0) * Math.max(0, cosMin) * hav(Math.min(180, dLng) * rad);
  return 2 * Math.asin(Math.sqrt(Math.min(1, haversine))) * EARTH_RADIUS_KM * 1000;
}

/**
 * The finest grid squares among counted `cells` facet values, with their matches and how near
 * `point` they could hold a match (the square taken on the point's side of the 180° meridian).
 */
export function finestSquares(cells: Record<string, number>, point: Coordinates): { key: string; matches: number; nearest: number }[] {
  const level = CELL_DEGREES.length - 1;
  const size = CELL_DEGREES[level];
  const perTurn = Math.round(360 / size);
  const prefix = `${level}:`;
  const nearest = measuredFrom(point, (key) => {
    const [row, wrapped] = key.slice(prefix.length).split(':').map(Number);
    const column = wrapped + perTurn * Math.round((point.longitude / size - wrapped) / perTurn);
    return nearestInSquare(point, row * size, (row + 1) * size, column * size, (column + 1) * size);
  });
  return Object.entries(cells)
    .filter(([key]) => key.startsWith(prefix))
    .map(([key, matches]) => ({ key, matches, nearest: nearest(key) }));
}
