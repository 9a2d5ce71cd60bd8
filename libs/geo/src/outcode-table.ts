import * as fs from 'node:fs';
import * as path from 'node:path';

export interface Coordinates {
  latitude: number;
  longitude: number;
}

let table: Map<string, Coordinates> | undefined;

/** The shipped outward-code centroids, read once on first use. */
function outcodes(): Map<string, Coordinates> {
  if (!table) {
    // The build copies the CSV next to the compiled file.
    const csv = fs.readFileSync(path.join(__dirname, 'uk-outcodes.csv'), 'utf8');
    table = new Map();
    for (const line of csv.split('\n').slice(1)) {
      const [code, lat, lon] = line.trim().split(',');
      if (code) table.set(code, { latitude: Number(lat), longitude: Number(lon) });
    }
  }
  return table;
}

export function outcodeCentroid(outcode: string): Coordinates | undefined {
  return outcodes().get(outcode.toUpperCase());
}

/** Every outward code the shipped table knows. */
export function knownOutcodes(): string[] {
  return [...outcodes().keys()];
}

/** The outward code whose centre is nearest a point. */
export function nearestOutcode(point: Coordinates): string | undefined {
  let best: string | undefined;
  let bestKm = Infinity;
  for (const [code, centre] of outcodes()) {
    const km = distanceKm(point, centre);
    if (km < bestKm) [best, bestKm] = [code, km];
  }
  return best;
}

export const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in km (haversine), as Meilisearch's _geoRadius measures it. */
export function distanceKm(a: Coordinates, b: Coordinates): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}
