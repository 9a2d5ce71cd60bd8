/** A JSON object from a feed; fields are checked as they are read. */
export type Json = Record<string, unknown>;

export type FeedRecord =
  | { kind: 'service'; id: string; where: string; service: Json; organization?: Json }
  | { kind: 'organization'; id: string; where: string; organization: Json }
  | { kind: 'term'; id: string; where: string; term: Json }
  | { kind: 'unreadable'; id: string; where: string; reason: string }
  /** Something that holds nothing to import (a taxonomy without terms): said in the report. */
  | { kind: 'note'; id: string; where: string; message: string };

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

const TERM_FIELDS = ['taxonomy', 'taxonomy_id', 'term', 'code', 'term_uri', 'parent_id', 'taxonomy_detail'];
const ORGANIZATION_FIELDS = ['organization_identifiers', 'website', 'logo', 'parent_organization_id', 'legal_status', 'year_incorporated', 'services', 'email'];

function idOf(value: Json): string {
  return typeof value.id === 'string' ? value.id : typeof value.id === 'number' ? String(value.id) : '';
}

/**
 * Every record in an ORUK document, whatever its shape: a service, a paginated list of them,
 * a service_at_location (its service, held at that location), an organization (with its
 * services), a taxonomy (its terms) or a taxonomy term. `where` says where in the feed it was.
 */
export function recordsOf(document: unknown, where: string): FeedRecord[] {
  if (!isObject(document)) return [{ kind: 'unreadable', id: '', where, reason: 'is not a JSON object' }];
  if (Array.isArray(document.contents)) {
    return document.contents.flatMap((item, i) => recordsOf(item, `${where} contents[${i}]`));
  }
  if (isObject(document.service) && isObject(document.location)) {
    // A service_at_location: the service, held at this location.
    const service = document.service;
    const locations =
      Array.isArray(service.service_at_locations) && service.service_at_locations.length
        ? service.service_at_locations
        : [{ id: document.id, location: document.location }];
    return [{ kind: 'service', id: idOf(service), where, service: { ...service, service_at_locations: locations } }];
  }
  if ('status' in document || 'service_at_locations' in document || 'organization_id' in document) {
    return [{ kind: 'service', id: idOf(document), where, service: document }];
  }
  if (Array.isArray(document.taxonomy_terms)) {
    return document.taxonomy_terms.flatMap((term, i): FeedRecord[] =>
      isObject(term)
        ? [{ kind: 'term', id: idOf(term), where: `${where} taxonomy_terms[${i}]`, term: { taxonomy: document.name, taxonomy_id: document.id, ...term } }]
        : [{ kind: 'unreadable', id: '', where: `${where} taxonomy_terms[${i}]`, reason: 'is not a JSON object' }],
    );
  }
  if (ORGANIZATION_FIELDS.some((field) => field in document)) {
    const { services, ...organization } = document;
    const owned = Array.isArray(services) ? services : [];
    return [
      { kind: 'organization', id: idOf(organization), where, organization },
      ...owned.map((service, i): FeedRecord =>
        isObject(service)
          ? { kind: 'service', id: idOf(service), where: `${where} services[${i}]`, service, organization }
          : { kind: 'unreadable', id: '', where: `${where} services[${i}]`, reason: 'is not a JSON object' },
      ),
    ];
  }
  if (TERM_FIELDS.some((field) => field in document)) return [{ kind: 'term', id: idOf(document), where, term: document }];
  if ('version' in document || 'uri' in document) return [{ kind: 'note', id: idOf(document), where, message: 'a taxonomy without terms: nothing to import' }];
  return [{ kind: 'unreadable', id: idOf(document), where, reason: 'is not an ORUK service, organization, taxonomy or taxonomy term' }];
}

/**
 * One record per id and kind (a feed may repeat one, e.g. while it changes under a paging
 * client): the last one wins, and each repeat is reported.
 */
export function withoutDuplicates(records: FeedRecord[]): { records: FeedRecord[]; duplicates: { kind: string; id: string; times: number }[] } {
  const last = new Map<string, FeedRecord>();
  const times = new Map<string, number>();
  const unkeyed: FeedRecord[] = [];
  for (const record of records) {
    if (!record.id || record.kind === 'unreadable' || record.kind === 'note') {
      unkeyed.push(record);
      continue;
    }
    const key = `${record.kind}:${record.id}`;
    last.delete(key); // the last occurrence, in its place in the feed
    last.set(key, record);
    times.set(key, (times.get(key) ?? 0) + 1);
  }
  const duplicates = [...times].filter(([, n]) => n > 1).map(([key, n]) => ({ kind: key.split(':')[0], id: key.slice(key.indexOf(':') + 1), times: n }));
  return { records: [...last.values(), ...unkeyed], duplicates };
}
