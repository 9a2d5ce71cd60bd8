import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsNumber, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { DateScalar } from '@app/common';
import { ActivityType, OrganisationType } from '@app/directory';
import { GraphQLISODateTime } from '@nestjs/graphql';
import { FundingKind } from '../usage-enums';

@ObjectType('AttendanceReturn')
export class AttendanceReturnType {
  @Field(() => ID) id: string;
  @Field(() => ActivityType) activity: ActivityType;
  @Field(() => String) month: string;
  @Field(() => Int) sessionsRun: number;
  @Field(() => Int) attendances: number;
  @Field(() => Int) newParticipants: number;
  @Field(() => Boolean, { description: "The leader confirmed figures above the listing's places and sessions" }) confirmedUnusual: boolean;
  @Field(() => GraphQLISODateTime) submittedAt: Date;
}

@ObjectType('FundingSource')
export class FundingSourceType {
  @Field(() => String) source: string;
  @Field(() => FundingKind) kind: FundingKind;
  @Field(() => Int) annualAmountPence: number;
  @Field(() => DateScalar, { nullable: true }) endsOn: string | null;
}

@ObjectType('SustainabilityReturn')
export class SustainabilityReturnType {
  @Field(() => ID) id: string;
  @Field(() => OrganisationType) organisation: OrganisationType;
  @Field(() => String, { description: '"2026-Q3"' }) period: string;
  @Field(() => [FundingSourceType]) fundingSources: FundingSourceType[];
  @Field(() => Int) volunteers: number;
  @Field(() => Float) paidStaffFte: number;
  @Field(() => Int) monthlyCostsPence: number;
  @Field(() => Float) reservesMonths: number;
  @Field(() => GraphQLISODateTime) submittedAt: Date;
}

const MAX_COUNT = 1_000_000;

@InputType('AttendanceReturnInput')
export class AttendanceReturnInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a valid id' }) activityId: string;
  @Field(() => String, { description: '"YYYY-MM"' }) @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'must be a month "YYYY-MM"' }) month: string;
  @Field(() => Int) @IsInt() @Min(0, { message: 'must not be negative' }) @Max(MAX_COUNT) sessionsRun: number;
  @Field(() => Int) @IsInt() @Min(0, { message: 'must not be negative' }) @Max(MAX_COUNT) attendances: number;
  @Field(() => Int) @IsInt() @Min(0, { message: 'must not be negative' }) @Max(MAX_COUNT) newParticipants: number;
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: "Confirms figures above what the listing's places and sessions allow (otherwise they are refused)",
  })
  @IsOptional()
  @IsBoolean()
  confirmUnusual?: boolean;
}

@InputType('FundingSourceInput')
export class FundingSourceInput {
  @Field(() => String) @IsString() @Length(1, 200, { message: 'must be 1 to 200 characters' }) source: string;
  @Field(() => FundingKind) @IsEnum(FundingKind) kind: FundingKind;
  @Field(() => Int) @IsInt() @Min(0, { message: 'must not be negative' }) @Max(2_000_000_000) annualAmountPence: number;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() @IsString() endsOn?: string | null;
}

@InputType('SustainabilityReturnInput')
export class SustainabilityReturnInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a valid id' }) organisationId: string;
  @Field(() => String, { description: '"YYYY-Qn"' }) @Matches(/^\d{4}-Q[1-4]$/, { message: 'must be a quarter "YYYY-Qn"' }) period: string;
  @Field(() => [FundingSourceInput]) @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => FundingSourceInput) fundingSources: FundingSourceInput[];
  @Field(() => Int) @IsInt() @Min(0, { message: 'must not be negative' }) @Max(MAX_COUNT) volunteers: number;
  @Field(() => Float) @IsNumber() @Min(0, { message: 'must not be negative' }) @Max(100_000) paidStaffFte: number;
  @Field(() => Int) @IsInt() @Min(0, { message: 'must not be negative' }) @Max(2_000_000_000) monthlyCostsPence: number;
  @Field(() => Float) @IsNumber() @Min(0, { message: 'must not be negative' }) @Max(1200) reservesMonths: number;
}
