import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Role } from '@app/access';
import { NotificationFrequency } from '../notification-frequency';
import { UserEntity } from '../user.entity';

@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  email: string;

  @Field(() => Role)
  role: Role;

  @Field(() => Boolean, { description: 'Disabled accounts cannot sign in' })
  disabled: boolean;

  @Field(() => Boolean, { description: 'The user must choose a new password before doing anything else' })
  mustChangePassword: boolean;

  @Field(() => String, { nullable: true, description: 'How colleagues see the user' })
  name: string | null;

  @Field(() => String, { nullable: true, description: "A link worker's PCN or practice" })
  organisationName: string | null;

  @Field(() => NotificationFrequency)
  notificationFrequency: NotificationFrequency;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  static from(entity: UserEntity): UserType {
    return Object.assign(new UserType(), {
      id: entity.id,
      email: entity.email,
      role: entity.role,
      disabled: entity.disabledAt !== null,
      mustChangePassword: entity.mustChangePassword,
      name: entity.name,
      organisationName: entity.organisationName,
      notificationFrequency: entity.notificationFrequency,
      createdAt: entity.createdAt,
    });
  }
}

@ObjectType('AuthPayload')
export class AuthPayloadType {
  @Field(() => String, { description: 'Send as "Authorization: Bearer <token>"' })
  token: string;

  @Field(() => UserType)
  user: UserType;
}

@ObjectType('SignInPayload')
export class SignInPayloadType {
  @Field(() => UserType)
  user: UserType;

  @Field(() => GraphQLISODateTime, { description: 'When the session ends unless the user signs out first' })
  expiresAt: Date;
}

@ObjectType('UserPage')
export class UserPageType {
  @Field(() => Int)
  total: number;

  @Field(() => [UserType])
  users: UserType[];
}

@ObjectType('OneTimePassword')
export class OneTimePasswordType {
  @Field(() => UserType)
  user: UserType;

  @Field(() => String, { description: 'Give it to the user once, by a safe route; they must change it when they sign in' })
  password: string;
}
