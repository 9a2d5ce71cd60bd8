import { registerEnumType } from '@nestjs/graphql';

export enum AssuranceTier {
  STANDARD = 'STANDARD',
  ENHANCED = 'ENHANCED',
  REGULATED = 'REGULATED',
}
registerEnumType(AssuranceTier, { name: 'AssuranceTier', description: 'group activities / one-to-one or vulnerable adults / regulated activity' });

export enum EvidenceKind {
  DOCUMENT = 'DOCUMENT',
  DATE = 'DATE',
  REFERENCE = 'REFERENCE',
  DECLARATION = 'DECLARATION',
}
registerEnumType(EvidenceKind, { name: 'EvidenceKind' });

export enum EvidenceStatus {
  MISSING = 'MISSING',
  PROVIDED = 'PROVIDED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(EvidenceStatus, { name: 'EvidenceStatus' });

export enum AssessmentDecision {
  ASSURE = 'ASSURE',
  REJECT = 'REJECT',
  /** Back to the organisation with notes per item; accepted items stay accepted. */
  RETURN_FOR_CHANGES = 'RETURN_FOR_CHANGES',
}
registerEnumType(AssessmentDecision, { name: 'AssessmentDecision' });

export enum ConcernCategory {
  SAFEGUARDING = 'SAFEGUARDING',
  QUALITY = 'QUALITY',
  LISTING_INACCURATE = 'LISTING_INACCURATE',
  OTHER = 'OTHER',
}
registerEnumType(ConcernCategory, { name: 'ConcernCategory' });

export enum ConcernStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
}
registerEnumType(ConcernStatus, { name: 'ConcernStatus' });
