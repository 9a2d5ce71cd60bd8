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
