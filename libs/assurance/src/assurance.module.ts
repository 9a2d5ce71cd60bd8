import { Module } from '@nestjs/common';
import { AssuranceResolver } from './assurance.resolver';
import { AuditTrail } from './audit/audit-trail';
import { ChecklistService } from './checklist/checklist.service';

@Module({ providers: [ChecklistService, AuditTrail, AssuranceResolver], exports: [ChecklistService, AuditTrail] })
export class AssuranceModule {}
