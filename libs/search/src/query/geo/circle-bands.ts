import { Coordinates, EARTH_RADIUS_KM } from '@app/geo';

export interface Circle extends Coordinates {
  metres: number;
}

/** Latitude bands per circle: more bands, a thinner ring to check one by one but a longer filter. */
const BANDS = 16;
/** Degrees: keeps float rounding in the bounds from ever cutting a point off the wrong side. */
const SLACK = 1e-9;

const rad = Math.PI / 180;
const hav = (angle: number) => Math.sin(angle / 2) ** 2;
const num = (value: number) => String(value);

/**
 * Numeric lat/lng filters around a circle, as a stack of latitude bands: every point within the
 * circle lies inside `outer`; every point inside `inner` lies within the circle (null when no band
 * has an inside). The few points between the two are the ones to measure one by one.
 */
export function circleBands(circle: Circle, bands = BANDS): { outer: string; inner: string | null } {
  const reach = circle.metres / (EARTH_RADIUS_KM * 1000); // the radius as an angle at the centre
  const lat0 = circle.latitude * rad;
  const top = Math.min(Math.PI / 2, lat0 + reach);
  const bottom = Math.max(-Math.PI / 2, lat0 - reach);
  // Band edges closer together near the top and bottom, where the circle's width changes fastest.
  const edges = Array.from({ length: bands + 1 }, (_, i) => lat0 + reach * Math.sin(-Math.PI / 2 + (i * Math.PI) / bands)).map((e) =>
    Math.min(top, Math.max(bottom, e)),
  );
  const outer: string[] = [];
  const inner: string[] = [];
  for (let i = 0; i < bands; i++) {
    const [south, north] = [edges[i], edges[i + 1]];
    if (north <= south) continue;
    const nearest = south <= lat0 && lat0 <= north ? 0 : Math.min(Math.abs(south - lat0), Math.abs(north - lat0));
    const farthest = Math.max(Math.abs(south - lat0), Math.abs(north - lat0));
    const cosines = [Math.cos(south), Math.cos(north)];
    const widest = halfWidth(hav(reach) - hav(nearest), Math.cos(lat0) * Math.min(...cosines));
    outer.push(band(south / rad - SLACK, north / rad + SLACK, circle.longitude, widest === null ? null : widest / rad + SLACK));
    const cosMax = south <= 0 && north >= 0 ? 1 : Math.max(...cosines);
    const narrowest = halfWidth(hav(reach) - hav(farthest), Math.cos(lat0) * cosMax);
    if (narrowest !== null && narrowest / rad > SLACK) inner.push(band(south / rad, north / rad, circle.longitude, narrowest / rad - SLACK));
  }
  return { outer: outer.join(' OR '), inner: inner.length ? inner.join(' OR ') : null };
}

/**
 * Half the longitude span (radians) where `hav(Δλ) = numerator / denominator`, from the haversine
 * formula; null for every longitude (the band reaches round a pole).
 */
function halfWidth(numerator: number, denominator: number): number | null {
  if (numerator <= 0) return 0;
  if (denominator <= 0 || numerator / denominator >= 1) return null;
  return 2 * Math.asin(Math.sqrt(numerator / denominator));
}

/** One band's filter; a longitude span over ±180° is split in two. */
function band(south: number, north: number, longitude: number, halfSpan: number | null): string {
  const lat = `lat >= ${num(south)} AND lat <= ${num(north)}`;
  if (halfSpan === null || halfSpan >= 180) return `(${lat})`;
  const [west, east] = [longitude - halfSpan, longitude + halfSpan];
  if (west < -180) return `(${lat} AND (lng >= ${num(west + 360)} OR lng <= ${num(east)}))`;
  if (east > 180) return `(${lat} AND (lng >= ${num(west)} OR lng <= ${num(east - 360)}))`;
  return `(${lat} AND lng >= ${num(west)} AND lng <= ${num(east)})`;
}
