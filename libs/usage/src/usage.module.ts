import { DynamicModule, Module } from '@nestjs/common';
import { DirectoryModule } from '@app/directory';
import { ConnectionsResolver } from './connections/connections.resolver';
import { ConnectionsService, PERSON_REF_SECRET } from './connections/connections.service';

@Module({})
export class UsageModule {
  static forRoot(options: { personRefSecret: string }): DynamicModule {
    return {
      module: UsageModule,
      imports: [DirectoryModule],
      providers: [{ provide: PERSON_REF_SECRET, useValue: options.personRefSecret }, ConnectionsService, ConnectionsResolver],
    };
  }
}
