import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access/access.guard';
import { JWT_SETTINGS, JwtSettings, TokenService } from './access/token.service';
import { AccountsRepository } from './accounts.repository';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { LoginThrottle } from './passwords/login-throttle';
import { SessionsService } from './sessions/sessions.service';

/** Global: every feature checks memberships and reads the viewer. */
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
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
      exports: [TokenService, SessionsService, AccountsRepository, AccountsService],
    };
  }
}
