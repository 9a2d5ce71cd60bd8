import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';
import { SearchOutbox } from '@app/outbox';

export interface RelocationReport {
  /** Venues that were at their outward code's centre and now sit at their postcode's own point. */
  fromOutcode: number;
  /** Venues placed by postcode whose point the new gazetteer moved, or whose postcode it terminated. */
  moved: number;
}

/**
 * After a postcode gazetteer load: venues placed by postcode take their postcode's point from it,
 * and their listings are re-sent to search through the outbox. Venues given coordinates stay put.
 */
@Injectable()
export class VenueRelocation {
  constructor(
    private readonly transactions: Transactions,
    private readonly outbox: SearchOutbox,
  ) {}

  relocate(): Promise<RelocationReport> {
    return this.transactions.withTransaction(async () => {
      // An UPDATE answers [rows, count].
      const [rows]: [{ id: string; was: string }[], number] = await this.transactions.tx.query(
        `WITH moved AS (
           SELECT v.id, v.precision AS was FROM venues v JOIN postcodes p ON p.postcode = v.postcode
            WHERE v.precision <> 'COORDINATES'
              AND (v.precision = 'OUTCODE' OR v.latitude <> p.latitude OR v.longitude <> p.longitude
                   OR v.postcode_terminated_on IS DISTINCT FROM p.terminated_on)
            FOR UPDATE OF v
         )
         UPDATE venues v SET latitude = p.latitude, longitude = p.longitude, precision = 'POSTCODE',
                postcode_terminated_on = p.terminated_on, updated_at = now()
           FROM moved m, postcodes p
          WHERE v.id = m.id AND p.postcode = v.postcode
         RETURNING v.id, m.was`,
      );
      if (rows.length) await this.outbox.venuesChanged(rows.map((r) => r.id));
      const fromOutcode = rows.filter((r) => r.was === 'OUTCODE').length;
      return { fromOutcode, moved: rows.length - fromOutcode };
    });
  }
}
