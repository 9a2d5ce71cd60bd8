import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TaxonomyKind } from './taxonomy-kind';

/** A term of one of our taxonomies: a stable code (never reused), a human label, a version. */
@Entity('taxonomy_terms')
export class TaxonomyTermEntity {
  @PrimaryColumn({ type: 'enum', enum: TaxonomyKind, enumName: 'taxonomy_kind' })
  kind: TaxonomyKind;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  code: string;

  @Column({ type: 'varchar', length: 120 })
  label: string;

  @Column({ name: 'sort_order', type: 'int' })
  sortOrder: number;

  /** The taxonomy version that introduced or last relabelled this term. */
  @Column({ type: 'int', default: 1 })
  version: number;
}
