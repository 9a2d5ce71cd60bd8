import { DynamicModule, Module } from '@nestjs/common';
import { DirectoryModule } from '@app/directory';
import { ConnectionsResolver } from './connections/connections.resolver';
import { ConnectionsRepository } from './connections/connections.repository';
import { ConnectionsService, PERSON_REF_SECRET } from './connections/connections.service';
import { ContactSealer } from './connections/contact/contact-sealer';
import { ContactsRepository } from './connections/contact/contacts.repository';
import { ContactsService } from './connections/contact/contacts.service';
import { GroupResponseResolver } from './connections/group-response.resolver';
import { ConnectionFlagJob } from './connections/jobs/connection-flag.job';
import { ContactRetentionJob } from './connections/jobs/contact-retention.job';
import { ReferralDeadlineJob } from './connections/jobs/referral-deadline.job';
import { REFERRAL_POLICY, ReferralPolicy } from './connections/referral-policy';
import { ReferrersRepository } from './connections/referrers.repository';
import { NotificationSender } from './notifications/notification-sender';
import { NotificationsRepository } from './notifications/notifications.repository';
import { NotificationsService } from './notifications/notifications.service';
import { ReportsController } from './reports/reports.controller';
import { ReportsService } from './reports/reports.service';
import { UsageFiguresRepository } from './reports/usage-figures.repository';
import { ReturnsRepository } from './returns/returns.repository';
import { ReturnsService } from './returns/returns.service';
import { SustainabilityService } from './sustainability/sustainability.service';
import { UsageResolver } from './usage.resolver';
import { WellbeingReport } from './wellbeing/wellbeing-report';
import { WellbeingReportResolver } from './wellbeing/wellbeing-report.resolver';
import { EquityReport } from './equity/equity-report';
import { EquityResolver } from './equity/equity.resolver';
import { PopulationLoader } from './equity/population-loader';
import { WellbeingRepository } from './wellbeing/wellbeing.repository';
import { WellbeingRetentionJob } from './wellbeing/wellbeing-retention.job';
import { WellbeingResolver } from './wellbeing/wellbeing.resolver';
import { WellbeingService } from './wellbeing/wellbeing.service';

export interface UsageOptions {
  personRefSecret: string;
  /** AES-256 key, 64 hex characters, sealing contact handoffs. */
  contactKey: string;
  referrals: ReferralPolicy;
}

@Module({})
export class UsageModule {
  static forRoot(options: UsageOptions): DynamicModule {
    return {
      module: UsageModule,
      global: true, // the leader's workspace counts waiting referrals
      imports: [DirectoryModule],
      controllers: [ReportsController],
      providers: [
        { provide: PERSON_REF_SECRET, useValue: options.personRefSecret },
        { provide: ContactSealer, useValue: new ContactSealer(options.contactKey) },
        { provide: REFERRAL_POLICY, useValue: options.referrals },
        ConnectionsRepository,
        ContactsRepository,
        ReferrersRepository,
        NotificationsRepository,
        ReturnsRepository,
        UsageFiguresRepository,
        NotificationsService,
        ContactsService,
        ConnectionsService,
        ConnectionsResolver,
        GroupResponseResolver,
        NotificationSender,
        ReferralDeadlineJob,
        ConnectionFlagJob,
        ContactRetentionJob,
        ReturnsService,
        SustainabilityService,
        ReportsService,
        UsageResolver,
        WellbeingRepository,
        WellbeingService,
        WellbeingResolver,
        WellbeingReport,
        WellbeingReportResolver,
        EquityReport,
        EquityResolver,
        PopulationLoader,
        WellbeingRetentionJob,
      ],
      exports: [ConnectionsService],
    };
  }
}
