import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Each outward code's IMD decile, for reports that only know a search's outward code: the middle
 * decile of its live postcodes' areas. Derived: rebuilt after every gazetteer or indices load.
 */
@Entity('outcode_deciles')
@Check('outcode_deciles_range', '"decile" BETWEEN 1 AND 10')
export class OutcodeDecileEntity {
  @PrimaryColumn({ type: 'varchar', length: 4 })
  outcode: string;

  @Column({ type: 'smallint' })
  decile: number;

  /** How many live postcodes with a known decile it was worked out from. */
  @Column({ type: 'int' })
  postcodes: number;
}
