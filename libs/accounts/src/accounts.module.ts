import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard, MEMBERSHIPS, SESSION_LOOKUP } from '@app/access';
import { AccountsRepository } from './accounts.repository';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { LoginThrottle } from './passwords/login-throttle';
import { SessionsService } from './sessions/sessions.service';
import { JWT_SETTINGS, JwtSettings, TokenService } from './sessions/token.service';

/** Accounts, sessions and memberships; it answers the access policy's questions (ports in @app/access). */
@Global()
@Module({})
export class AccountsModule {
  static forRoot(jwt: JwtSettings): DynamicModule {
    return {
      module: AccountsModule,
      providers: [
        { provide: JWT_SETTINGS, useValue: jwt },
        TokenService,
        SessionsService,
        LoginThrottle,
        AccountsRepository,
        AccountsService,
        AccountsResolver,
        { provide: SESSION_LOOKUP, useExisting: SessionsService },
        { provide: MEMBERSHIPS, useExisting: AccountsRepository },
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
      exports: [TokenService, SessionsService, AccountsRepository, AccountsService, SESSION_LOOKUP, MEMBERSHIPS],
    };
  }
}
