import { Injectable } from '@nestjs/common';
import { BadUserInputError } from '@app/common';
import { Transactions } from '@app/database';
import { Location, LocationPrecision } from '../location';
import { Coordinates, distanceKm, nearestOutcode, outcodeCentroid } from '../outcode-table';
import { normalisePostcode, outwardCode } from '../postcode';

/** A point this far from every UK outward code's centre is not in the UK (Calais is 44 km from CT17). */
const UK_REACH_KM = 40;
/**
 * Postcodes looked up recently, kept this long: searches repeat the same few (a surgery's, a
 * town's). A load in this process forgets them at once; a load by the command line, another
 * process, is seen within this time.
 */
const REMEMBER_MS = 5 * 60_000;
const REMEMBER_AT_MOST = 20_000;

/**
 * Places postcodes and coordinates: a full postcode at its own point when the gazetteer holds it,
 * else at its outward code's centre. `field` names the input in the error a user sees.
 */
@Injectable()
export class Locator {
  private readonly remembered = new Map<string, { row: GazetteerRow | undefined; until: number }>();

  constructor(private readonly transactions: Transactions) {}

  /** Drops remembered lookups: a new gazetteer is in place. */
  forget(): void {
    this.remembered.clear();
  }

  async locate(input: string, field = 'postcode'): Promise<Location> {
    const postcode = normalisePostcode(input) ?? null;
    const outcode = outwardCode(input);
    if (!outcode) throw BadUserInputError.field(field, `"${input.slice(0, 20)}" is not a UK postcode`);
    if (postcode) {
      const row = await this.gazetteerRow(postcode);
      if (row) return { ...row, precision: LocationPrecision.POSTCODE, outcode, postcode };
    }
    const centre = outcodeCentroid(outcode);
    if (!centre) throw BadUserInputError.field(field, `postcode area ${outcode} is not known`);
    return { ...centre, precision: LocationPrecision.OUTCODE, outcode, postcode, district: null, terminatedOn: null };
  }

  private async gazetteerRow(postcode: string): Promise<GazetteerRow | undefined> {
    const now = Date.now();
    const known = this.remembered.get(postcode);
    if (known && known.until > now) return known.row;
    const [row]: GazetteerRow[] = await this.transactions.tx.query(
      'SELECT latitude, longitude, district, to_char(terminated_on, \'YYYY-MM-DD\') AS "terminatedOn" FROM postcodes WHERE postcode = $1',
      [postcode],
    );
    this.remembered.delete(postcode);
    if (this.remembered.size >= REMEMBER_AT_MOST) this.remembered.delete(this.remembered.keys().next().value!);
    this.remembered.set(postcode, { row, until: now + REMEMBER_MS });
    return row;
  }

  /** Explicit coordinates, checked to lie in the UK; the outward code is the nearest one's. */
  atCoordinates(point: Coordinates, field = 'latitude'): Location {
    const nearest = ukOutcodeNear(point);
    if (!nearest) throw BadUserInputError.field(field, 'the position is not in the UK');
    return { ...point, precision: LocationPrecision.COORDINATES, outcode: nearest, postcode: null, district: null, terminatedOn: null };
  }

  /** What the last load put in place, if any. */
  async loaded(): Promise<{ format: string; file: string; postcodes: number; at: Date } | undefined> {
    const [row]: { value: string; at: Date }[] = await this.transactions.tx.query(
      "SELECT value, updated_at AS at FROM app_meta WHERE key = 'postcodes.loaded'",
    );
    return row ? { ...(JSON.parse(row.value) as { format: string; file: string; postcodes: number }), at: row.at } : undefined;
  }

  /** The districts of the loaded gazetteer (or those of them with these codes), named where the file gave names. */
  districts(codes?: readonly string[]): Promise<{ code: string; name: string | null }[]> {
    return codes
      ? this.transactions.tx.query('SELECT code, name FROM postcode_districts WHERE code = ANY($1::text[])', [codes])
      : this.transactions.tx.query('SELECT code, name FROM postcode_districts ORDER BY name, code');
  }

  /** Of these district codes, those the loaded gazetteer does not know (none before a gazetteer is loaded). */
  async unknownDistricts(codes: readonly string[]): Promise<string[]> {
    if (!codes.length) return [];
    const rows: { code: string }[] = await this.transactions.tx.query(
      `SELECT c.code FROM unnest($1::text[]) AS c(code)
       WHERE EXISTS (SELECT 1 FROM postcode_districts) AND NOT EXISTS (SELECT 1 FROM postcode_districts d WHERE d.code = c.code)`,
      [codes],
    );
    return rows.map((r) => r.code);
  }
}

interface GazetteerRow extends Coordinates {
  district: string | null;
  terminatedOn: string | null;
}

/** The UK outward code nearest a point, or undefined when the point is outside the UK. */
export function ukOutcodeNear(point: Coordinates): string | undefined {
  if (!(point.latitude >= 49.8 && point.latitude <= 61 && point.longitude >= -8.7 && point.longitude <= 2)) return undefined;
  const nearest = nearestOutcode(point);
  return nearest && distanceKm(point, outcodeCentroid(nearest)!) <= UK_REACH_KM ? nearest : undefined;
}
