import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Length } from 'class-validator';
import { DateScalar } from '@app/common';

@InputType('PauseActivityInput')
export class PauseActivityInput {
  @Field(() => String, { description: 'Shown to link workers, e.g. "Summer break"' })
  @IsString()
  @Length(3, 200, { message: 'must be 3 to 200 characters' })
  reason: string;

  @Field(() => DateScalar, { nullable: true, description: 'The listing becomes ACTIVE again by itself on this day' })
  @IsOptional()
  @IsString()
  resumesOn?: string | null;
}
