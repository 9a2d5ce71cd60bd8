import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ActivityEntity } from '../../../directory/src/activities/activity.entity';

/**
 * A taxonomy term of another publisher that is not one of ours: kept (not dropped) with the
 * services that carried it, and published again with them.
 */
@Entity('external_taxonomy_terms')
export class ExternalTaxonomyTermEntity {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  id: string;

  @Column({ type: 'varchar', length: 500 })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** The taxonomy's name as the publisher gave it, e.g. "esdServiceTypes". */
  @Column({ type: 'varchar', length: 500, nullable: true })
  taxonomy: string | null;

  @Column({ name: 'taxonomy_id', type: 'varchar', length: 200, nullable: true })
  taxonomyId: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  term: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  code: string | null;

  @Column({ name: 'parent_id', type: 'varchar', length: 200, nullable: true })
  parentId: string | null;

  @Column({ name: 'term_uri', type: 'varchar', length: 1000, nullable: true })
  termUri: string | null;

  @Column({ type: 'varchar', length: 1000 })
  source: string;
}

/** Which kept terms an imported activity carries. */
@Entity('activity_external_terms')
export class ActivityExternalTermEntity {
  @PrimaryColumn({ name: 'activity_id', type: 'uuid' })
  activityId: string;

  @Index('activity_external_terms_term_idx')
  @PrimaryColumn({ name: 'term_id', type: 'varchar', length: 200 })
  termId: string;

  @ManyToOne(() => ActivityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id' })
  activity?: ActivityEntity;

  @ManyToOne(() => ExternalTaxonomyTermEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'term_id' })
  externalTerm?: ExternalTaxonomyTermEntity;
}
