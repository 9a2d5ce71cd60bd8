import { Column, Entity, PrimaryColumn } from 'typeorm';
import { EquityBand } from '../wellbeing/equity-bands';

/**
 * How many people live in the area served, in each value of each equity band (a census table for
 * the area, loaded with `population:load`), so a report can set who is reached beside who lives there.
 */
@Entity('area_population')
export class AreaPopulationEntity {
  @PrimaryColumn({ type: 'enum', enum: EquityBand, enumName: 'equity_band' })
  band: EquityBand;

  /** One of the band's values: AGE_18_24, FEMALE, ASIAN, or a decile 1 to 10. */
  @PrimaryColumn({ type: 'varchar', length: 20 })
  value: string;

  @Column({ type: 'int' })
  people: number;
}
