import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEmail, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Role } from '@app/access';
import { IsAcceptablePassword } from './password.validator';

@InputType('CreateUserInput')
export class CreateUserInput {
  @Field(() => String)
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email: string;

  @Field(() => String, { description: 'At least 12 characters, and not a commonly used password' })
  @IsString()
  @IsAcceptablePassword()
  password: string;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;

  @Field(() => String, { nullable: true, description: 'How colleagues see the user, e.g. "Sam Patel"' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  name?: string | null;

  @Field(() => String, { nullable: true, description: "A link worker's PCN or practice" })
  @IsOptional()
  @IsString()
  @MaxLength(150)
  organisationName?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Organisations the user may manage (VCSE leaders)' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'must contain valid organisation ids' })
  organisationIds?: string[];

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description: 'The user must choose a new password when they first sign in (default true: someone else chose this one)',
  })
  @IsOptional()
  @IsBoolean()
  temporaryPassword?: boolean;
}
