import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsEmail, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Role } from '@app/access';
import { NotificationFrequency } from '../notification-frequency';
import { IsAcceptablePassword } from './password.validator';

@ArgsType()
export class ChangePasswordArgs {
  @Field(() => String)
  @IsString()
  @MinLength(1, { message: 'is required' })
  @MaxLength(200)
  currentPassword: string;

  @Field(() => String, { description: 'At least 12 characters, and not a commonly used password' })
  @IsString()
  @IsAcceptablePassword()
  newPassword: string;
}

/** What a user says about themselves: how they appear on referrals and how they hear about them. */
@InputType('ProfileInput')
export class ProfileInput {
  @Field(() => String, { nullable: true, description: 'How colleagues see you, e.g. "Sam Patel" (empty to remove)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Your PCN or practice, e.g. "Central Manchester PCN" (empty to remove)' })
  @IsOptional()
  @IsString()
  @MaxLength(150)
  organisationName?: string | null;

  @Field(() => NotificationFrequency, { nullable: true })
  @IsOptional()
  @IsEnum(NotificationFrequency)
  notificationFrequency?: NotificationFrequency;
}

@InputType('UpdateUserInput')
export class UpdateUserInput {
  @Field(() => String, { nullable: true, description: 'How colleagues see the user (empty to remove)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  name?: string | null;

  @Field(() => String, { nullable: true, description: "A link worker's PCN or practice (empty to remove)" })
  @IsOptional()
  @IsString()
  @MaxLength(150)
  organisationName?: string | null;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field(() => [ID], { nullable: true, description: 'Replaces the organisations the user may manage' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'must contain valid organisation ids' })
  organisationIds?: string[];
}

@InputType('UserFilterInput')
export class UserFilterInput {
  @Field(() => String, { nullable: true, description: 'part of the email address' })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  email?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field(() => Int, { nullable: true, defaultValue: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  page?: number;

  @Field(() => Int, { nullable: true, defaultValue: 50 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
}

@ArgsType()
export class SignInArgs {
  @Field(() => String)
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email: string;

  @Field(() => String)
  @IsString()
  @MinLength(1, { message: 'is required' })
  @MaxLength(200)
  password: string;
}
