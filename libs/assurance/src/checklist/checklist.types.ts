import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AssuranceTier, EvidenceKind } from '../assurance-enums';
import { ChecklistTemplateEntity } from './checklist-template.entity';
import { ListSize } from '@app/common';

@ObjectType('ChecklistItem')
export class ChecklistItemType {
  @Field(() => String)
  key: string;

  @Field(() => String)
  title: string;

  @Field(() => String, { description: 'Plain-English guidance for a volunteer-run group' })
  guidance: string;

  @Field(() => EvidenceKind)
  evidenceKind: EvidenceKind;

  @Field(() => [AssuranceTier])
  requiredForTiers: AssuranceTier[];

  @Field(() => Int, { nullable: true, description: 'evidence older than this (or past its expiry date) has EXPIRED' })
  validityMonths: number | null;
}

@ObjectType('ChecklistTemplate')
export class ChecklistTemplateType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => Int)
  version: number;

  @ListSize(12)
  @Field(() => [ChecklistItemType])
  items: ChecklistItemType[];

  static from(e: ChecklistTemplateEntity): ChecklistTemplateType {
    return Object.assign(new ChecklistTemplateType(), { id: e.id, name: e.name, version: e.version, items: e.items });
  }
}
