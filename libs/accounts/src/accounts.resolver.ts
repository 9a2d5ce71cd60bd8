import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { IdPipe } from '@app/common';
import { AllowedBeforePasswordChange, Authenticated, clearSessionCookie, CurrentViewer, Public, Role, Roles, setSessionCookie, Viewer } from '@app/access';
import { AccountsService } from './accounts.service';
import { ChangePasswordArgs, ProfileInput, SignInArgs, UpdateUserInput, UserFilterInput } from './dto/account.inputs';
import { CreateUserInput } from './dto/create-user.input';
import { AuthPayloadType, OneTimePasswordType, SignInPayloadType, UserPageType, UserType } from './types/user.type';

interface HttpContext {
  req: Request;
  res: Response;
}

@Resolver(() => UserType)
export class AccountsResolver {
  constructor(private readonly accounts: AccountsService) {}

  @Public()
  @Mutation(() => AuthPayloadType, { description: 'For integrations: a bearer token for one session. Browsers use signIn.' })
  async login(@Args() { email, password }: SignInArgs, @Context() { req }: HttpContext): Promise<AuthPayloadType> {
    const { token, user } = await this.accounts.signIn(email, password, req.ip ?? 'unknown');
    return { token, user: UserType.from(user) };
  }

  @Public()
  @Mutation(() => SignInPayloadType, { description: 'For browsers: the session travels in an HttpOnly, SameSite=Strict cookie, never in the page' })
  async signIn(@Args() { email, password }: SignInArgs, @Context() { req, res }: HttpContext): Promise<SignInPayloadType> {
    const { token, user, expiresAt } = await this.accounts.signIn(email, password, req.ip ?? 'unknown');
    setSessionCookie(req, res, token, expiresAt);
    return { user: UserType.from(user), expiresAt };
  }

  @Public()
  @AllowedBeforePasswordChange()
  @Mutation(() => Boolean, { description: 'Ends this session (cookie or bearer token)' })
  async signOut(@CurrentViewer() viewer: Viewer, @Context() { req, res }: HttpContext): Promise<boolean> {
    await this.accounts.signOut(viewer);
    clearSessionCookie(req, res);
    return true;
  }

  @Authenticated()
  @AllowedBeforePasswordChange()
  @Mutation(() => Boolean, { description: "Ends every one of the user's sessions, on every device" })
  async signOutEverywhere(@CurrentViewer() viewer: NonNullable<Viewer>, @Context() { req, res }: HttpContext): Promise<boolean> {
    await this.accounts.signOutEverywhere(viewer);
    clearSessionCookie(req, res);
    return true;
  }

  @Authenticated()
  @AllowedBeforePasswordChange()
  @Mutation(() => UserType, { description: 'Ends the user’s other sessions' })
  async changePassword(@Args() { currentPassword, newPassword }: ChangePasswordArgs, @CurrentViewer() viewer: NonNullable<Viewer>): Promise<UserType> {
    return UserType.from(await this.accounts.changePassword(viewer, currentPassword, newPassword));
  }

  @Authenticated()
  @Mutation(() => UserType, { description: 'Your name, PCN or practice, and how often you hear about referrals' })
  async updateMyProfile(@Args('input') input: ProfileInput, @CurrentViewer() viewer: NonNullable<Viewer>): Promise<UserType> {
    return UserType.from(await this.accounts.updateProfile(viewer, input));
  }

  @Public()
  @AllowedBeforePasswordChange()
  @Query(() => UserType, { nullable: true, description: 'The signed-in user, or null when anonymous' })
  async me(@CurrentViewer() viewer: Viewer): Promise<UserType | null> {
    const user = await this.accounts.me(viewer);
    return user && UserType.from(user);
  }

  @Roles(Role.ADMIN)
  @Query(() => UserPageType, { description: 'Accounts, by email' })
  async users(@Args('filter', { type: () => UserFilterInput, nullable: true }) filter: UserFilterInput | undefined): Promise<UserPageType> {
    const { total, users } = await this.accounts.list(filter ?? {});
    return { total, users: users.map((u) => UserType.from(u)) };
  }

  @Roles(Role.ADMIN)
  @Query(() => UserType)
  async user(@Args('id', { type: () => ID }, IdPipe) id: string): Promise<UserType> {
    return UserType.from(await this.accounts.getUser(id));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => UserType)
  async createUser(@Args('input') input: CreateUserInput): Promise<UserType> {
    return UserType.from(await this.accounts.createUser(input));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => UserType, { description: "Changes a user's role or organisations; applies to their next request" })
  async updateUser(
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('input') input: UpdateUserInput,
    @CurrentViewer() viewer: NonNullable<Viewer>,
  ): Promise<UserType> {
    return UserType.from(await this.accounts.updateUser(viewer, id, input));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => UserType, { description: 'The user can no longer sign in, and their sessions end at once' })
  async disableUser(@Args('id', { type: () => ID }, IdPipe) id: string, @CurrentViewer() viewer: NonNullable<Viewer>): Promise<UserType> {
    return UserType.from(await this.accounts.setDisabled(viewer, id, true));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => UserType)
  async enableUser(@Args('id', { type: () => ID }, IdPipe) id: string, @CurrentViewer() viewer: NonNullable<Viewer>): Promise<UserType> {
    return UserType.from(await this.accounts.setDisabled(viewer, id, false));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => OneTimePasswordType, { description: 'Sets a one-time password the user must change at sign-in, and ends their sessions' })
  async resetUserPassword(@Args('id', { type: () => ID }, IdPipe) id: string, @CurrentViewer() viewer: NonNullable<Viewer>): Promise<OneTimePasswordType> {
    const { user, password } = await this.accounts.resetPassword(viewer, id);
    return { user: UserType.from(user), password };
  }
}
