import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BadUserInputError, ConflictError, NotFoundError, UnauthenticatedError } from '@app/common';
import { Viewer } from './access/viewer';
import { TokenService } from './access/token.service';
import { AccountsRepository } from './accounts.repository';
import { CreateUserInput } from './dto/create-user.input';
import { hashPassword, verifyPassword } from './password';
import { UserEntity } from './user.entity';

// Compared against when the email is unknown, so a wrong email takes as long as a wrong password.
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

function pgCode(error: unknown): string | undefined {
  return (error as { driverError?: { code?: string }; code?: string }).driverError?.code ?? (error as { code?: string }).code;
}

@Injectable()
export class AccountsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountsRepository,
    private readonly tokens: TokenService,
  ) {}

  async login(email: string, password: string): Promise<{ token: string; user: UserEntity }> {
    const user = await this.accounts.findByEmail(email);
    const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !ok) throw new UnauthenticatedError('Email or password is incorrect');
    return { token: this.tokens.sign(user.id, user.role), user };
  }

  async me(viewer: Viewer): Promise<UserEntity | null> {
    if (!viewer) return null;
    const user = await this.accounts.findById(viewer.userId);
    if (!user) throw new UnauthenticatedError('This account no longer exists');
    return user;
  }

  async createUser(input: CreateUserInput): Promise<UserEntity> {
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.dataSource.transaction(async (em) => {
        const user = await this.accounts.insertUser(em, { email: input.email, passwordHash, role: input.role });
        await this.accounts.addMembers(em, user.id, input.organisationIds ?? []);
        return user;
      });
    } catch (error) {
      if (pgCode(error) === '23505') throw new ConflictError(`A user with email ${input.email.toLowerCase()} already exists`);
      if (pgCode(error) === '23503') throw BadUserInputError.field('organisationIds', 'contains an organisation that does not exist');
      throw error;
    }
  }

  async getUser(id: string): Promise<UserEntity> {
    const user = await this.accounts.findById(id);
    if (!user) throw new NotFoundError('User', id);
    return user;
  }
}
