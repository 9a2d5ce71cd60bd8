import { DeliveryMode } from '@app/directory';
import { TaxonomyKind, TaxonomyService } from '@app/taxonomy';
import { derivedId } from './oruk-ids';

/** Our three taxonomies, plus delivery modes, which we publish as a fourth so that they survive a round trip. */
export type PublishedKind = TaxonomyKind | 'DELIVERY_MODE';
export const DELIVERY_MODE = 'DELIVERY_MODE' as const;

export interface PublishedTerm {
  kind: PublishedKind;
  code: string;
  label: string;
}

const DESCRIPTIONS: Record<PublishedKind, [string, string]> = {
  NEED: ['Needs', 'What matters to the person: the needs a community activity addresses'],
  ACCESSIBILITY: ['Accessibility', 'Accessibility features of an activity or its venue'],
  CATEGORY: ['Activity categories', 'The kind of community activity'],
  DELIVERY_MODE: ['Delivery modes', 'How a person takes part: in person, online, by phone or at home'],
};
const KINDS = Object.keys(DESCRIPTIONS) as PublishedKind[];

const DELIVERY_LABELS: Record<DeliveryMode, string> = {
  IN_PERSON: 'In person',
  ONLINE: 'Online',
  PHONE: 'By phone',
  HOME_VISIT: 'Home visit',
};

export const taxonomyId = (kind: PublishedKind) => derivedId('taxonomy', kind);
export const termId = (term: Pick<PublishedTerm, 'kind' | 'code'>) => derivedId('taxonomy_term', term.kind, term.code);
export const deliveryModeTerm = (mode: DeliveryMode): PublishedTerm => ({ kind: DELIVERY_MODE, code: mode.toLowerCase(), label: DELIVERY_LABELS[mode] });

/** Our taxonomies as HSDS taxonomies and taxonomy terms, with stable derived ids. */
export class OrukTaxonomies {
  constructor(private readonly taxonomy: TaxonomyService) {}

  taxonomies() {
    return KINDS.map((kind) => ({ id: taxonomyId(kind), name: DESCRIPTIONS[kind][0], description: DESCRIPTIONS[kind][1], version: '1' }));
  }

  term(term: PublishedTerm) {
    return {
      id: termId(term),
      code: term.code,
      term: term.code,
      name: term.label,
      description: term.label,
      taxonomy_id: taxonomyId(term.kind),
      taxonomy: DESCRIPTIONS[term.kind][0],
    };
  }

  all(): PublishedTerm[] {
    return KINDS.flatMap((kind) =>
      kind === DELIVERY_MODE
        ? Object.values(DeliveryMode).map(deliveryModeTerm)
        : this.taxonomy.list(kind).map((t) => ({ kind, code: t.code, label: t.label })),
    );
  }

  /** Published term id → our kind and code. */
  termsById(): Map<string, PublishedTerm> {
    return new Map(this.all().map((t) => [termId(t), t]));
  }

  kindOf(id: string): PublishedKind | undefined {
    return KINDS.find((kind) => taxonomyId(kind) === id);
  }

  /**
   * One of our terms from another publisher's term: by our published id, else by taxonomy name (or
   * id) and code, else by label within a named taxonomy. Undefined when it is not one of ours.
   */
  recognise(term: Record<string, unknown>): PublishedTerm | undefined {
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
    const id = text(term.id);
    if (id) {
      const byId = this.termsById().get(id);
      if (byId) return byId;
    }
    const taxonomy = text(term.taxonomy)?.toLowerCase();
    const kind = KINDS.find((k) => (text(term.taxonomy_id) && term.taxonomy_id === taxonomyId(k)) || taxonomy === DESCRIPTIONS[k][0].toLowerCase());
    if (!kind) return undefined;
    const candidates = this.all().filter((t) => t.kind === kind);
    const code = (text(term.code) ?? text(term.term))?.toLowerCase();
    const label = text(term.name)?.toLowerCase();
    return candidates.find((t) => t.code === code) ?? candidates.find((t) => t.label.toLowerCase() === label);
  }

  terms() {
    return this.all().map((t) => this.term(t));
  }
}
