import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { UserType } from '@app/accounts';
import { DateScalar } from '@app/common';
import { AssuranceStatus, OrganisationType } from '@app/directory';
import { AssuranceTier } from '../assurance-enums';

/** One line of the assured-providers register on a day: the organisation as it stood then, not now. */
@ObjectType('AssuredProvider')
export class AssuredProviderType {
  @Field(() => OrganisationType)
  organisation: OrganisationType;

  @Field(() => AssuranceStatus, { description: 'ASSURED or EXPIRING on that day' })
  status: AssuranceStatus;

  @Field(() => AssuranceTier, { nullable: true })
  tier: AssuranceTier | null;

  @Field(() => DateScalar, { nullable: true, description: 'the last day the assurance held, as it stood on that day' })
  validUntil: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  assessedAt: Date | null;

  @Field(() => UserType, { nullable: true, description: 'the assurer who decided' })
  assessedBy: UserType | null;
}
