import { Args, Query, Resolver } from '@nestjs/graphql';
import { AccountsRepository, Authenticated, Role, Roles, UserType } from '@app/accounts';
import { AssuranceAuditArgs, AuditChainCheckType, AuditEventType } from './audit/audit.types';
import { AuditTrail } from './audit/audit-trail';
import { ChecklistService } from './checklist/checklist.service';
import { ChecklistTemplateType } from './checklist/checklist.types';

@Resolver()
export class AssuranceResolver {
  constructor(
    private readonly checklists: ChecklistService,
    private readonly audit: AuditTrail,
    private readonly accounts: AccountsRepository,
  ) {}

  @Authenticated()
  @Query(() => ChecklistTemplateType, { description: 'The current quality-assurance checklist' })
  async checklistTemplate(): Promise<ChecklistTemplateType> {
    return ChecklistTemplateType.from(await this.checklists.current());
  }

  @Roles(Role.ASSURER, Role.COMMISSIONER, Role.ADMIN)
  @Query(() => [AuditEventType], { description: 'Assurance events in order, by organisation and time (first 1000)' })
  async assuranceAudit(@Args() args: AssuranceAuditArgs): Promise<AuditEventType[]> {
    const events = await this.audit.list(args);
    const actors = new Map((await this.accounts.findByIds([...new Set(events.map((e) => e.actorId).filter((id): id is string => !!id))])).map((u) => [u.id, UserType.from(u)]));
    return events.map((e) => ({ id: e.id, at: e.at, actor: e.actorId ? actors.get(e.actorId) ?? null : null, action: e.action, entityType: e.entityType, entityId: e.entityId, details: e.details, hash: e.hash }));
  }

  @Roles(Role.ASSURER, Role.COMMISSIONER, Role.ADMIN)
  @Query(() => AuditChainCheckType, { description: 'Recomputes the audit hash chain' })
  verifyAuditChain(): Promise<AuditChainCheckType> {
    return this.audit.verify();
  }
}
