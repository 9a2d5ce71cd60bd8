import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '@app/common';
import { effectiveAssuranceStatus, isoDay } from './assurance-status';
import { AssuranceStatus, LegalForm, SizeBand } from './organisation-enums';
import { OrganisationEntity } from './organisation.entity';

/** `venues` and `activities` are resolved on demand by OrganisationResolver. */
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

  @Field(() => AssuranceStatus)
  assuranceStatus: AssuranceStatus;

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
      // Checked on read: never shown as assured after its date, whenever the lapse job last ran.
      assuranceStatus: effectiveAssuranceStatus(e.assuranceStatus, e.assuredUntil, isoDay(new Date())),
      assuredUntil: e.assuredUntil,
      updatedAt: e.updatedAt,
    });
  }
}
