import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { WellbeingItem } from './wellbeing-enums';
import { WellbeingRecordEntity } from './wellbeing-record.entity';

/** One answer of a wellbeing record: an item of its measure and the score given. */
@Entity('wellbeing_scores')
@Check('wellbeing_scores_range', '"score" BETWEEN 0 AND 10')
export class WellbeingScoreEntity {
  @PrimaryColumn({ name: 'record_id', type: 'uuid' })
  recordId: string;

  @ManyToOne(() => WellbeingRecordEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'record_id' })
  record?: WellbeingRecordEntity;

  @PrimaryColumn({ type: 'enum', enum: WellbeingItem, enumName: 'wellbeing_item' })
  item: WellbeingItem;

  @Column({ type: 'smallint' })
  score: number;
}
