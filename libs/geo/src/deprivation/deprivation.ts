import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';
import { normalisePostcode } from '../postcode';

/** Area deprivation of a postcode: its LSOA (from the gazetteer) and that LSOA's IMD decile. */
@Injectable()
export class Deprivation {
  constructor(private readonly transactions: Transactions) {}

  /** The IMD decile where the postcode is, or null when the gazetteer or the indices do not know it. */
  async decileAt(postcode: string): Promise<number | null> {
    const normalised = normalisePostcode(postcode);
    if (!normalised) return null;
    const [row]: { decile: number }[] = await this.transactions.tx.query(
      'SELECT d.decile FROM postcodes p JOIN deprivation_deciles d ON d.lsoa = p.lsoa WHERE p.postcode = $1',
      [normalised],
    );
    return row?.decile ?? null;
  }
}
