import { TaxonomyKind, TaxonomyService, TaxonomyTermType } from '@app/taxonomy';
import { derivedId } from './oruk-ids';

const DESCRIPTIONS: Record<TaxonomyKind, [string, string]> = {
  NEED: ['Needs', 'What matters to the person: the needs a community activity addresses'],
  ACCESSIBILITY: ['Accessibility', 'Accessibility features of an activity or its venue'],
  CATEGORY: ['Activity categories', 'The kind of community activity'],
};

export const taxonomyId = (kind: TaxonomyKind) => derivedId('taxonomy', kind);
export const termId = (term: Pick<TaxonomyTermType, 'kind' | 'code'>) => derivedId('taxonomy_term', term.kind, term.code);

/** Our three taxonomies as HSDS taxonomies and taxonomy terms, with stable derived ids. */
export class OrukTaxonomies {
  constructor(private readonly taxonomy: TaxonomyService) {}

  taxonomies() {
    return Object.values(TaxonomyKind).map((kind) => ({ id: taxonomyId(kind), name: DESCRIPTIONS[kind][0], description: DESCRIPTIONS[kind][1], version: '1' }));
  }

  term(term: TaxonomyTermType) {
    return { id: termId(term), code: term.code, term: term.code, name: term.label, description: term.label, taxonomy_id: taxonomyId(term.kind), taxonomy: DESCRIPTIONS[term.kind][0] };
  }

  /** Published term id → our kind and code. */
  termsById(): Map<string, { kind: TaxonomyKind; code: string }> {
    return new Map(Object.values(TaxonomyKind).flatMap((kind) => this.taxonomy.list(kind).map((t) => [termId(t), { kind, code: t.code }] as const)));
  }

  kindOf(id: string): TaxonomyKind | undefined {
    return Object.values(TaxonomyKind).find((kind) => taxonomyId(kind) === id);
  }

  terms() {
    return Object.values(TaxonomyKind).flatMap((kind) => this.taxonomy.list(kind).map((t) => this.term(t)));
  }
}
