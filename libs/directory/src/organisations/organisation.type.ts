import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '@app/common';
import { AssuranceStatus, LegalForm, SizeBand } from './organisation-enums';
import { OrganisationEntity } from './organisation.entity';

/** `venues`, `activities` and the effective `assuranceStatus` are resolved by OrganisationsResolver. */
@ObjectType('Organisation')
export class OrganisationType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  description: string;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  charityNumber: string | null;

  @Field(() => String, { nullable: true })
  companyNumber: string | null;

  @Field(() => LegalForm, { nullable: true })
  legalForm: LegalForm | null;

  @Field(() => SizeBand, { nullable: true })
  sizeBand: SizeBand | null;

  /** As stored; OrganisationsResolver shows it as of today (LAPSED past its date, EXPIRING near it). */
  storedAssuranceStatus: AssuranceStatus;

  @Field(() => DateScalar, { nullable: true })
  assuredUntil: string | null;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  static from(e: OrganisationEntity): OrganisationType {
    return Object.assign(new OrganisationType(), {
      id: e.id,
      name: e.name,
      description: e.description,
      website: e.website,
      email: e.email,
      phone: e.phone,
      charityNumber: e.charityNumber,
      companyNumber: e.companyNumber,
      legalForm: e.legalForm,
      sizeBand: e.sizeBand,
      storedAssuranceStatus: e.assuranceStatus,
      assuredUntil: e.assuredUntil,
      updatedAt: e.updatedAt,
    });
  }
}
