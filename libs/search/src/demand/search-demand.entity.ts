import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Anonymised search demand, for unmet-need reports: never the free text, never a full postcode.
 */
@Entity('search_demand')
export class SearchDemandEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Index('search_demand_searched_at_idx')
  @Column({ name: 'searched_at', type: 'timestamptz', default: () => 'now()' })
  searchedAt: Date;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  needs: string[];

  /** Outward code only ("M14"), or null when the search had no place. */
  @Column({ type: 'varchar', length: 4, nullable: true })
  outcode: string | null;

  /** Which filters were used (codes and flags), without free text. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  filters: Record<string, unknown>;

  @Column({ name: 'result_count', type: 'int' })
  resultCount: number;
}
