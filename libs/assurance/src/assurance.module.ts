import * as path from 'node:path';
import { DynamicModule, Module } from '@nestjs/common';
import { DirectoryModule } from '@app/directory';
import { AssessmentsRepository } from './assessments/assessments.repository';
import { AssessmentsService } from './assessments/assessments.service';
import { EvidenceReminders } from './assessments/evidence-reminders';
import { AssuranceResolver } from './assurance.resolver';
import { AuditTrail } from './audit/audit-trail';
import { ChecklistService } from './checklist/checklist.service';
import { ConcernsRepository } from './concerns/concerns.repository';
import { ConcernsService } from './concerns/concerns.service';
import { EvidenceDocumentsController } from './documents/evidence-documents.controller';
import { EvidenceDocumentsRepository } from './documents/evidence-documents.repository';
import { EvidenceDocumentsService } from './documents/evidence-documents.service';
import { EVIDENCE_STORAGE, LocalDiskStorage } from './documents/evidence-storage';
import { AssuranceReport } from './reports/assurance-report';
import { AssuranceReportController } from './reports/assurance-report.controller';
import { AssuredProviders } from './status/assured-providers';
import { LAPSE_INTERVAL, LapseJob } from './status/lapse-job';
import { OrganisationAssurance } from './status/organisation-assurance';

export interface AssuranceModuleOptions {
  dataDir: string;
  /** How often the lapse job runs; 0 turns it off (commands, tests that drive it by hand). */
  lapseIntervalMs: number;
}

@Module({})
export class AssuranceModule {
  static forRoot(options: AssuranceModuleOptions): DynamicModule {
    return {
      module: AssuranceModule,
      global: true, // the Open Referral API publishes assurance decisions
      imports: [DirectoryModule],
      controllers: [EvidenceDocumentsController, AssuranceReportController],
      providers: [
        { provide: LAPSE_INTERVAL, useValue: options.lapseIntervalMs },
        { provide: EVIDENCE_STORAGE, useFactory: () => new LocalDiskStorage(path.join(options.dataDir, 'evidence')) },
        ChecklistService,
        AssessmentsRepository,
        EvidenceDocumentsRepository,
        ConcernsRepository,
        AuditTrail,
        OrganisationAssurance,
        AssessmentsService,
        EvidenceDocumentsService,
        ConcernsService,
        AssuredProviders,
        EvidenceReminders,
        AssuranceReport,
        LapseJob,
        AssuranceResolver,
      ],
      exports: [ChecklistService, AuditTrail, OrganisationAssurance, LapseJob, AssessmentsRepository, EvidenceReminders],
    };
  }
}
