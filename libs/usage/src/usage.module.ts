import { DynamicModule, Module } from '@nestjs/common';
import { DirectoryModule } from '@app/directory';
import { ConnectionsResolver } from './connections/connections.resolver';
import { ConnectionsRepository } from './connections/connections.repository';
import { ConnectionsService, PERSON_REF_SECRET } from './connections/connections.service';
import { ReportsController } from './reports/reports.controller';
import { ReportsService } from './reports/reports.service';
import { UsageFiguresRepository } from './reports/usage-figures.repository';
import { ReturnsRepository } from './returns/returns.repository';
import { ReturnsService } from './returns/returns.service';
import { SustainabilityService } from './sustainability/sustainability.service';
import { UsageResolver } from './usage.resolver';

@Module({})
export class UsageModule {
  static forRoot(options: { personRefSecret: string }): DynamicModule {
    return {
      module: UsageModule,
      global: true, // the leader's workspace counts waiting referrals
      imports: [DirectoryModule],
      controllers: [ReportsController],
      providers: [
        { provide: PERSON_REF_SECRET, useValue: options.personRefSecret },
        ConnectionsRepository,
        ReturnsRepository,
        UsageFiguresRepository,
        ConnectionsService,
        ConnectionsResolver,
        ReturnsService,
        SustainabilityService,
        ReportsService,
        UsageResolver,
      ],
      exports: [ConnectionsService],
    };
  }
}
