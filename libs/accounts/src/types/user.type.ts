import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../role';
import { UserEntity } from '../user.entity';

@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  email: string;

  @Field(() => Role)
  role: Role;

  static from(entity: UserEntity): UserType {
    return Object.assign(new UserType(), { id: entity.id, email: entity.email, role: entity.role });
  }
}

@ObjectType('AuthPayload')
export class AuthPayloadType {
  @Field(() => String, { description: 'Send as "Authorization: Bearer <token>"' })
  token: string;

  @Field(() => UserType)
  user: UserType;
}
