import { Field, InputType, PartialType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, IsString, IsUrl, Length, MaxLength } from 'class-validator';
import { IsCharityNumber, IsCompanyNumber, IsUkPhone } from '../../common/validators';
import { LegalForm, SizeBand } from '../organisation-enums';

const URL_RULE = { protocols: ['http', 'https'], require_protocol: true };
const URL_MESSAGE = { message: 'must be a web address starting with https://' };

@InputType('CreateOrganisationInput')
export class CreateOrganisationInput {
  @Field(() => String)
  @IsString()
  @Length(2, 200, { message: 'must be 2 to 200 characters' })
  name: string;

  @Field(() => String)
  @IsString()
  @Length(1, 5000, { message: 'must be 1 to 5000 characters' })
  description: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(URL_RULE, URL_MESSAGE)
  @MaxLength(500)
  website?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUkPhone()
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCharityNumber()
  charityNumber?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCompanyNumber()
  companyNumber?: string | null;

  @Field(() => LegalForm, { nullable: true })
  @IsOptional()
  @IsEnum(LegalForm)
  legalForm?: LegalForm | null;

  @Field(() => SizeBand, { nullable: true })
  @IsOptional()
  @IsEnum(SizeBand)
  sizeBand?: SizeBand | null;
}

/** Every field optional (same rules): only those given change; null clears an optional one. */
@InputType('UpdateOrganisationInput')
export class UpdateOrganisationInput extends PartialType(CreateOrganisationInput, InputType) {}
