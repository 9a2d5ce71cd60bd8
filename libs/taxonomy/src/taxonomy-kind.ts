import { registerEnumType } from '@nestjs/graphql';

export enum TaxonomyKind {
  NEED = 'NEED',
  ACCESSIBILITY = 'ACCESSIBILITY',
  CATEGORY = 'CATEGORY',
}
registerEnumType(TaxonomyKind, { name: 'TaxonomyKind' });
