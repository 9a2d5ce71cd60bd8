import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** The English Indices of Deprivation's IMD decile of each LSOA; replaced whole by each load. */
@Entity('deprivation_deciles')
@Check('deprivation_deciles_range', '"decile" BETWEEN 1 AND 10')
export class DeprivationDecileEntity {
  /** Lower layer super output area, GSS code (E01000001). */
  @PrimaryColumn({ type: 'varchar', length: 9 })
  lsoa: string;

  /** 1 is the most deprived tenth of areas, 10 the least. */
  @Column({ type: 'smallint' })
  decile: number;
}
