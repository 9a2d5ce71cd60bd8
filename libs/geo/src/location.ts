import { registerEnumType } from '@nestjs/graphql';
import { Coordinates, distanceKm } from './outcode-table';

/** How exactly a place is known, best first. */
export enum LocationPrecision {
  /** Given as latitude and longitude (a park gate, a publisher's coordinates). */
  COORDINATES = 'COORDINATES',
  /** The full postcode's own point, from the postcode gazetteer. */
  POSTCODE = 'POSTCODE',
  /** The centre of the outward code ("M14"): a rural one can be kilometres from the place. */
  OUTCODE = 'OUTCODE',
}
registerEnumType(LocationPrecision, {
  name: 'LocationPrecision',
  description: 'How exactly a place is known: COORDINATES and POSTCODE to a few metres, OUTCODE only to the outward code',
});

/** A place as the product knows it. */
export interface Location extends Coordinates {
  precision: LocationPrecision;
  outcode: string;
  /** Normalised full postcode, when the place was given one. */
  postcode: string | null;
  /** Local authority district (GSS code, e.g. E08000003), when the gazetteer knows the postcode. */
  district: string | null;
  /** First day of the month the postcode was terminated, when it has been. */
  terminatedOn: string | null;
}

export const isApproximate = (...precisions: LocationPrecision[]) => precisions.includes(LocationPrecision.OUTCODE);

/**
 * A distance rounded to what its two ends support: to 100 m between precise points, to the
 * kilometre when either end is only an outward code's centre.
 */
export function roundedDistanceKm(a: Coordinates, b: Coordinates, approximate: boolean): number {
  const km = distanceKm(a, b);
  return approximate ? Math.max(1, Math.round(km)) : Math.round(km * 10) / 10;
}
