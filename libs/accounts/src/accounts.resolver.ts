import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Public, Roles } from './access/access.decorators';
import { Viewer } from './access/viewer';
import { AccountsService } from './accounts.service';
import { CreateUserInput } from './dto/create-user.input';
import { LoginArgs } from './dto/login.args';
import { Role } from './role';
import { AuthPayloadType, UserType } from './types/user.type';

@Resolver(() => UserType)
export class AccountsResolver {
  constructor(private readonly accounts: AccountsService) {}

  @Public()
  @Mutation(() => AuthPayloadType)
  async login(@Args() { email, password }: LoginArgs): Promise<AuthPayloadType> {
    const { token, user } = await this.accounts.login(email, password);
    return { token, user: UserType.from(user) };
  }

  @Public()
  @Query(() => UserType, { nullable: true, description: 'The signed-in user, or null when anonymous' })
  async me(@CurrentViewer() viewer: Viewer): Promise<UserType | null> {
    const user = await this.accounts.me(viewer);
    return user && UserType.from(user);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => UserType)
  async createUser(@Args('input') input: CreateUserInput): Promise<UserType> {
    return UserType.from(await this.accounts.createUser(input));
  }
}

