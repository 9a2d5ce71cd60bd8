import { createHash } from 'node:crypto';
import { BadUserInputError, createValidationPipe, FieldProblem, isUuid } from '@app/common';
import {
  ActivityStatus,
  CreateActivityInput,
  CreateOrganisationInput,
  CreateVenueInput,
  DayOfWeek,
  DeliveryMode,
  Recurrence,
  ScheduleSlotInput,
  sortSchedule,
  weekdayOf,
  VenueFields,
} from '@app/directory';
import { addDays } from '@app/common';
import { APPROXIMATE_POSITION } from '../oruk-mapper';
import { normalisePostcode, outcodeCentroid, outwardCode, ukOutcodeNear } from '@app/geo';
import { TaxonomyKind, TaxonomyService } from '@app/taxonomy';
import { derivedId } from '../oruk-ids';
import { DELIVERY_MODE, OrukTaxonomies } from '../oruk-taxonomies';
import { isObject, Json } from './oruk-records';

export interface Planned<T> {
  externalId: string;
  /** SHA-256 of the publisher's record: unchanged records are skipped. */
  hash: string;
  input: T;
  /** Fields the record leaves out (summary records do): an update keeps what we hold for them. */
  absent?: string[];
}

export type OrganisationFields = Omit<CreateOrganisationInput, 'legalForm' | 'sizeBand' | 'phone'>;
export type ActivityFields = Omit<CreateActivityInput, 'organisationId' | 'venueId'>;

export interface ExternalTerm {
  id: string;
  name: string;
  description: string | null;
  taxonomy: string | null;
  taxonomyId: string | null;
  term: string | null;
  code: string | null;
  parentId: string | null;
  termUri: string | null;
}

export interface ServicePlan {
  organisation: Planned<OrganisationFields>;
  venue: Planned<VenueFields> | null;
  activity: Planned<ActivityFields>;
  externalTerms: ExternalTerm[];
  /**
   * Our fields whose ORUK source the record leaves out (a summary record has no schedules, for
   * instance): an update keeps what we hold for them. 'venue' and 'terms' stand for the venue and
   * the kept terms.
   */
  absent: (keyof ActivityFields | 'venue' | 'terms')[];
  warnings: string[];
}

/** Which ORUK fields feed which of ours. */
const SOURCES: [string[], (keyof ActivityFields | 'venue' | 'terms')[]][] = [
  [['description'], ['description']],
  [['schedules'], ['schedule']],
  [['cost_options'], ['free', 'costDescription']], // fees, the older free-text field, only fills a new record
  [['languages'], ['languages']],
  [['minimum_age'], ['minimumAge']],
  [['maximum_age'], ['maximumAge']],
  [['attributes'], ['needs', 'category', 'accessibility', 'terms']],
  [['service_at_locations'], ['venue']],
  [['service_areas'], ['coverageOutcodes', 'coverageDistricts']],
  [['attributes', 'service_at_locations'], ['deliveryMode']],
];

export type Mapped<T> = { ok: true; plan: T; warnings: string[] } | { ok: false; reasons: string[] };

const STATUS: Record<string, ActivityStatus> = {
  active: ActivityStatus.ACTIVE,
  'temporarily closed': ActivityStatus.PAUSED,
  inactive: ActivityStatus.CLOSED,
  defunct: ActivityStatus.CLOSED,
};
const BYDAY: Record<string, DayOfWeek> = {
  MO: DayOfWeek.MONDAY,
  TU: DayOfWeek.TUESDAY,
  WE: DayOfWeek.WEDNESDAY,
  TH: DayOfWeek.THURSDAY,
  FR: DayOfWeek.FRIDAY,
  SA: DayOfWeek.SATURDAY,
  SU: DayOfWeek.SUNDAY,
};
const CHARITY_SCHEMES = ['GB-CHC', 'GB-SC', 'GB-NIC'];
/** Stands in for the organisation while a record is checked, before it has one here. */
const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';

/** Field names of our inputs → where the value came from in the ORUK record, for reports. */
const ORGANISATION_FIELDS: Record<string, string> = {
  name: 'organization.name',
  description: 'organization.description',
  website: 'organization.website',
  email: 'organization.email',
  charityNumber: 'organization.organization_identifiers (GB-CHC)',
  companyNumber: 'organization.organization_identifiers (GB-COH)',
};
const ACTIVITY_FIELDS: Record<string, string> = {
  title: 'name',
  description: 'description',
  minimumAge: 'minimum_age',
  maximumAge: 'maximum_age',
  languages: 'languages',
  costDescription: 'cost_options',
  schedule: 'schedules',
  needs: 'attributes',
  accessibility: 'attributes',
  category: 'attributes',
};

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const array = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);

/** Stable JSON (keys sorted) hashed: the same record always gives the same hash. */
export function contentHash(value: unknown): string {
  const stable = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(stable)
      : isObject(v)
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, stable(v[k])]),
          )
        : v;
  return createHash('sha256')
    .update(JSON.stringify(stable(value)))
    .digest('hex');
}

/** What a service record's hash covers: the service and the organization it came with. */
export function serviceHash(service: Json, organization: Json | undefined): string {
  return contentHash({ s: service, organization: organization ?? service.organization });
}

const pipe = createValidationPipe();

/** Our validation rules (the same classes the GraphQL API validates with), as field problems. */
async function problemsOf(metatype: new () => object, value: object): Promise<FieldProblem[]> {
  try {
    await pipe.transform(value, { type: 'body', metatype });
    return [];
  } catch (error) {
    if (error instanceof BadUserInputError) return error.problems;
    throw error;
  }
}

/**
 * Validates with our rules. Optional fields that fail are set to null (with a warning) rather than
 * refusing the record; failures of required fields are the reasons it is refused.
 */
async function validated<T extends object>(
  metatype: new () => object,
  value: T,
  optional: readonly string[],
  names: Record<string, string>,
  warnings: string[],
  extra: object = {},
): Promise<string[]> {
  const describe = (p: FieldProblem) => `${names[p.field.split('.')[0]] ?? p.field}: ${p.message}`;
  let problems = await problemsOf(metatype, { ...extra, ...value });
  const droppable = problems.filter((p) => optional.includes(p.field.split('.')[0]));
  for (const p of droppable) {
    warnings.push(`${describe(p)}; left out`);
    (value as Record<string, unknown>)[p.field.split('.')[0]] = null;
  }
  if (droppable.length) problems = await problemsOf(metatype, { ...extra, ...value });
  return problems.map(describe);
}

const PLACEHOLDER_POSTCODE = 'M1 1AE';

/** The location's latitude and longitude, when it gives them, they lie in the UK, and they are the publisher's own. */
function publishedPosition(location: Json): { latitude: number; longitude: number; outcode: string } | undefined {
  const [latitude, longitude] = [Number(location.latitude), Number(location.longitude)];
  if (location.latitude === undefined || location.latitude === null || location.longitude === undefined || location.longitude === null) return undefined;
  if (text(location.description)?.startsWith(APPROXIMATE_POSITION)) return undefined;
  const outcode = Number.isFinite(latitude) && Number.isFinite(longitude) ? ukOutcodeNear({ latitude, longitude }) : undefined;
  return outcode ? { latitude, longitude, outcode } : undefined;
}

/** Maps ORUK 3.0 records into our model, checking them with our own rules. */
export class OrukServiceMapper {
  private readonly taxonomies: OrukTaxonomies;

  constructor(private readonly taxonomy: TaxonomyService) {
    this.taxonomies = new OrukTaxonomies(taxonomy);
  }

  async organisation(o: Json): Promise<Mapped<Planned<OrganisationFields>>> {
    const warnings: string[] = [];
    const id = text(o.id);
    const identifiers = array(o.organization_identifiers);
    const identifier = (schemes: string[]) => text(identifiers.find((i) => schemes.includes((text(i.identifier_scheme) ?? '').toUpperCase()))?.identifier);
    const company = identifier(['GB-COH']);
    const input: OrganisationFields = {
      name: text(o.name) ?? '',
      description: text(o.description) ?? '',
      website: text(o.website) ?? text(o.url) ?? null,
      email: text(o.email) ?? null,
      charityNumber: identifier(CHARITY_SCHEMES) ?? null,
      // Companies House numbers are eight characters; publishers often drop the leading zeros.
      companyNumber: company && /^\d{1,7}$/.test(company) ? company.padStart(8, '0') : (company ?? null),
    };
    const reasons = await validated(CreateOrganisationInput, input, ['website', 'email', 'charityNumber', 'companyNumber'], ORGANISATION_FIELDS, warnings);
    if (!id) reasons.unshift('organization.id: is required');
    if (reasons.length) return { ok: false, reasons };
    const absent = [
      ...(!('organization_identifiers' in o) ? ['charityNumber', 'companyNumber'] : []),
      ...(!('email' in o) ? ['email'] : []),
      ...(!('website' in o || 'url' in o) ? ['website'] : []),
    ];
    return { ok: true, plan: { externalId: id!, hash: contentHash(o), input, absent }, warnings };
  }

  async service(s: Json, organization: Json | undefined): Promise<Mapped<ServicePlan>> {
    const warnings: string[] = [];
    const reasons: string[] = [];
    const id = text(s.id);
    if (!id) reasons.push('id: is required');
    const org = organization ?? (isObject(s.organization) ? s.organization : undefined);
    if (!org) return { ok: false, reasons: [...reasons, 'organization: is required (a service must name the organization that runs it)'] };
    const organisation = await this.organisation(org);
    if (!organisation.ok) return { ok: false, reasons: [...reasons, ...organisation.reasons] };
    warnings.push(...organisation.warnings);

    const status = STATUS[(text(s.status) ?? '').toLowerCase()];
    if (!status) reasons.push(`status: must be active, inactive, defunct or temporarily closed (got ${JSON.stringify(s.status ?? null)})`);
    const terms = this.attributes(s, warnings);
    const venue = this.venue(s, organisation.plan.externalId, warnings);
    // A place given by its position alone needs no postcode; the rest of the venue's rules hold.
    const venueProblems =
      venue && 'input' in venue
        ? await validated(CreateVenueInput, { ...venue.input, postcode: venue.input.postcode ?? PLACEHOLDER_POSTCODE }, [], {}, warnings, {
            organisationId: PLACEHOLDER_ID,
          })
        : [];
    if (venueProblems.length) warnings.push(`location not imported: ${venueProblems.join('; ')}`);
    const usableVenue = venue && 'input' in venue && !venueProblems.length ? venue : null;
    const deliveryMode = this.deliveryMode(s, terms.deliveryMode, !!usableVenue, venue && 'virtual' in venue, warnings);
    if (!deliveryMode) {
      reasons.push(
        `service_at_locations: no location with a UK postcode we know, and no url or phone to reach the service another way${venue && 'reason' in venue ? ` (${venue.reason})` : ''}`,
      );
    }
    const description = text(s.description);
    if (!description) warnings.push('description: missing; the name is used as the description');
    const activity: ActivityFields = {
      title: text(s.name) ?? '',
      description: description ?? text(s.name) ?? '',
      needs: terms.needs,
      category: terms.category,
      accessibility: terms.accessibility,
      deliveryMode: deliveryMode ?? DeliveryMode.ONLINE,
      schedule: this.schedule(s, warnings),
      ...this.cost(s, warnings),
      minimumAge: typeof s.minimum_age === 'number' ? s.minimum_age : null,
      maximumAge: typeof s.maximum_age === 'number' ? s.maximum_age : null,
      languages: this.languages(s, warnings),
      ...this.coverage(s, deliveryMode, warnings),
      status: status ?? ActivityStatus.ACTIVE,
    };
    const activityProblems = await validated(CreateActivityInput, activity, ['minimumAge', 'maximumAge', 'languages'], ACTIVITY_FIELDS, warnings, {
      organisationId: PLACEHOLDER_ID,
    });
    activity.languages ??= ['en'];
    // Our own listings name at least one need; another publisher's seldom use our taxonomy.
    reasons.push(...activityProblems.filter((p) => !(p.startsWith('attributes:') && !activity.needs.length && p.includes('at least one need'))));
    if (!activity.needs.length) warnings.push('attributes: no term of our Needs taxonomy; searches filtered by need will not find it until a need is added');
    if (reasons.length) return { ok: false, reasons };
    return {
      ok: true,
      warnings,
      plan: {
        organisation: organisation.plan,
        venue: usableVenue && 'input' in usableVenue ? usableVenue : null,
        activity: { externalId: id!, hash: serviceHash(s, org), input: activity },
        externalTerms: terms.external,
        absent: SOURCES.filter(([from]) => !from.some((key) => key in s)).flatMap(([, to]) => to),
        warnings,
      },
    };
  }

  /** Attributes' taxonomy terms: ours become needs, category, accessibility and delivery mode; others are kept. */
  private attributes(s: Json, warnings: string[]) {
    const found = {
      needs: [] as string[],
      category: null as string | null,
      accessibility: [] as string[],
      deliveryMode: undefined as DeliveryMode | undefined,
      external: [] as ExternalTerm[],
    };
    for (const attribute of array(s.attributes)) {
      const term = isObject(attribute.taxonomy_term) ? attribute.taxonomy_term : { id: attribute.taxonomy_term_id };
      const ours = this.taxonomies.recognise(term);
      if (ours?.kind === TaxonomyKind.NEED) found.needs.push(ours.code);
      else if (ours?.kind === TaxonomyKind.ACCESSIBILITY) found.accessibility.push(ours.code);
      else if (ours?.kind === DELIVERY_MODE) found.deliveryMode = ours.code.toUpperCase() as DeliveryMode;
      else if (ours?.kind === TaxonomyKind.CATEGORY) {
        if (found.category && found.category !== ours.code) warnings.push(`attributes: more than one activity category; kept ${found.category}`);
        else found.category = ours.code;
      } else {
        const external = externalTerm(term);
        if (external) found.external.push(external);
        else warnings.push(`attributes: taxonomy term ${JSON.stringify(term.id ?? null)} has no name; left out`);
      }
    }
    found.needs = [...new Set(found.needs)];
    found.accessibility = [...new Set(found.accessibility)];
    found.external = [...new Map(found.external.map((t) => [t.id, t])).values()];
    return found;
  }

  /** The first location we can place by its UK postcode (an activity here has at most one venue). */
  private venue(s: Json, organisationExternalId: string, warnings: string[]): Planned<VenueFields> | { reason: string } | { virtual: true } | null {
    const locations = array(s.service_at_locations)
      .map((sal) => sal.location)
      .filter(isObject);
    if (!locations.length) return null;
    const physical = locations.filter((l) => l.location_type !== 'virtual');
    const reasons: string[] = [];
    for (const location of physical) {
      const address = array(location.addresses).find((a) => a.address_type !== 'postal') ?? array(location.addresses)[0];
      const postcode = text(address?.postal_code);
      const normalised = (postcode && normalisePostcode(postcode)) || null;
      const placeable = !!normalised && !!outcodeCentroid(normalised.split(' ')[0]);
      const position = publishedPosition(location);
      if (!placeable && !position) {
        reasons.push(
          `location ${text(location.id) ?? '?'}: postal_code ${JSON.stringify(postcode ?? null)} is not a UK postcode we can place, and it gives no latitude and longitude in the UK`,
        );
        continue;
      }
      if (physical.length > 1)
        warnings.push(
          `service_at_locations: ${physical.length} locations; imported ${text(location.name) ?? text(location.id)} (an activity here has one venue)`,
        );
      const accessibility: string[] = [];
      for (const feature of array(location.accessibility)) {
        const said = text(feature.description) ?? text(feature.accessibility) ?? '';
        const ours = this.taxonomy.list(TaxonomyKind.ACCESSIBILITY).find((t) => t.label.toLowerCase() === said.toLowerCase() || t.code === said.toLowerCase());
        if (ours) accessibility.push(ours.code);
        else warnings.push(`location accessibility ${JSON.stringify(said.slice(0, 80))} is not one of our accessibility features; left out`);
      }
      const input: VenueFields = {
        name: text(location.name) ?? text(address?.address_1) ?? '',
        addressLine1: text(address?.address_1) ?? text(location.name) ?? '',
        town: text(address?.city) ?? text(address?.state_province) ?? text(address?.region) ?? `${position?.outcode ?? normalised!.split(' ')[0]} area`,
        postcode: placeable ? normalised : null,
        ...(position ? { latitude: position.latitude, longitude: position.longitude } : {}),
        accessibility: [...new Set(accessibility)],
      };
      return {
        externalId: `${organisationExternalId}/${text(location.id) ?? normalised ?? `${position!.latitude},${position!.longitude}`}`,
        hash: contentHash(location),
        input,
      };
    }
    if (reasons.length) warnings.push(`location not imported: ${reasons.join('; ')}`);
    if (locations.some((l) => l.location_type === 'virtual')) return { virtual: true };
    return reasons.length ? { reason: reasons.join('; ') } : null;
  }

  /**
   * service_areas as a coverage area: an ONS district by its statistical-geography URI (or GSS code as
   * the name), or a list of outward codes as the name. Free-text areas cannot be searched; reported.
   */
  private coverage(s: Json, mode: DeliveryMode | undefined, warnings: string[]): { coverageOutcodes: string[]; coverageDistricts: string[] } {
    const found = { coverageOutcodes: [] as string[], coverageDistricts: [] as string[] };
    for (const area of array(s.service_areas)) {
      const said = text(area.name) ?? text(area.service_area) ?? '';
      const district = /statistical-geography\/([EWSN]\d{8})\b/.exec(text(area.uri) ?? '')?.[1] ?? /^[EWSN]\d{8}$/.exec(said.trim())?.[0];
      const outcodes = said.split(/[\s,;]+/).filter(Boolean);
      if (district) found.coverageDistricts.push(district);
      else if (outcodes.length && outcodes.every((code) => outwardCode(code) === code.toUpperCase() && outcodeCentroid(code))) {
        found.coverageOutcodes.push(...outcodes.map((code) => code.toUpperCase()));
      } else warnings.push(`service_areas: ${JSON.stringify(said.slice(0, 80))} is not a district or a list of outward codes we can search by; left out`);
    }
    if ((found.coverageOutcodes.length || found.coverageDistricts.length) && (!mode || mode === DeliveryMode.IN_PERSON)) {
      warnings.push('service_areas: an in-person service is found by its location; its service areas are left out');
      return { coverageOutcodes: [], coverageDistricts: [] };
    }
    return { coverageOutcodes: [...new Set(found.coverageOutcodes)], coverageDistricts: [...new Set(found.coverageDistricts)] };
  }

  private deliveryMode(s: Json, said: DeliveryMode | undefined, hasVenue: boolean, virtual: boolean | null, warnings: string[]): DeliveryMode | undefined {
    if (said && (said !== DeliveryMode.IN_PERSON || hasVenue)) return said;
    if (hasVenue) return DeliveryMode.IN_PERSON;
    const phones = [...array(s.phones), ...array(s.contacts).flatMap((c) => array(c.phones))].some((p) => text(p.number));
    const mode = virtual || text(s.url) ? DeliveryMode.ONLINE : phones ? DeliveryMode.PHONE : undefined;
    if (mode) warnings.push(`no location to place it; listed as ${mode === DeliveryMode.ONLINE ? 'online' : 'by phone'}`);
    return mode;
  }

  /**
   * Schedules as day-and-time slots: weekly, fortnightly (weekly with interval 2 and a start date) and
   * monthly by weekday ("1TU", "-1FR"). Other rules (dated, by month day) cannot be shown and are reported.
   */
  private schedule(s: Json, warnings: string[]) {
    const slots = new Map<string, ScheduleSlotInput>();
    for (const row of array(s.schedules)) {
      const hhmm = (v: unknown) =>
        typeof v === 'string' && /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?$/.test(v) ? v.slice(0, 5) : undefined;
      const [opens, closes] = [hhmm(row.opens_at), hhmm(row.closes_at)];
      const freq = text(row.freq)?.toUpperCase() ?? 'WEEKLY';
      const interval = typeof row.interval === 'number' ? row.interval : 1;
      const start = text(row.dtstart)?.slice(0, 10);
      const days = (text(row.byday) ?? '')
        .split(',')
        .map((d) => /^(-1|[1-4])?(MO|TU|WE|TH|FR|SA|SU)$/.exec(d.trim().toUpperCase()))
        .filter((m): m is RegExpExecArray => !!m);
      const recurrence =
        freq === 'WEEKLY' && interval === 1
          ? Recurrence.WEEKLY
          : freq === 'WEEKLY' && interval === 2 && start && /^\d{4}-\d{2}-\d{2}$/.test(start)
            ? Recurrence.FORTNIGHTLY
            : freq === 'MONTHLY' && interval === 1 && days.length && days.every((m) => m[1])
              ? Recurrence.MONTHLY
              : undefined;
      if (!recurrence || !days.length || !opens || !closes || closes <= opens) {
        warnings.push(
          `schedules: ${text(row.id) ?? 'a schedule'} is not a weekly, fortnightly or monthly day-and-time slot we can show${text(row.description) ? ` ("${text(row.description)!.slice(0, 80)}")` : ''}; left out`,
        );
        continue;
      }
      for (const [, ordinal, code] of days) {
        const day = BYDAY[code];
        const slot: ScheduleSlotInput = { day, startTime: opens, endTime: closes, recurrence };
        if (recurrence === Recurrence.FORTNIGHTLY) slot.firstDate = firstOnOrAfter(start!, day);
        if (recurrence === Recurrence.MONTHLY) slot.weekOfMonth = Number(ordinal);
        slots.set(`${day} ${opens} ${recurrence} ${slot.weekOfMonth ?? ''}`, slot);
      }
    }
    return sortSchedule([...slots.values()]);
  }

  private cost(s: Json, warnings: string[]): { free: boolean; costDescription: string | null } {
    const options = array(s.cost_options);
    const charged = options.filter((o) => !(o.amount === 0 || (/^free$/i.test(text(o.option) ?? '') && !(typeof o.amount === 'number' && o.amount > 0))));
    if (options.length && !charged.length) return { free: true, costDescription: null };
    const described = charged.map((o) =>
      [text(o.option) === 'Charge' ? undefined : text(o.option), typeof o.amount === 'number' ? `£${o.amount}` : undefined, text(o.amount_description)]
        .filter(Boolean)
        .join(' '),
    );
    let costDescription = described.filter(Boolean).join('; ') || text(s.fees) || null;
    if (costDescription && costDescription.length > 500) {
      warnings.push('cost_options: description longer than 500 characters; shortened');
      costDescription = `${costDescription.slice(0, 499)}…`;
    }
    return { free: false, costDescription };
  }

  private languages(s: Json, warnings: string[]): string[] {
    const codes: string[] = [];
    for (const language of array(s.languages)) {
      const code = text(language.code)?.toLowerCase();
      if (code && /^[a-z]{2}$/.test(code)) codes.push(code);
      else warnings.push(`languages: ${JSON.stringify(code ?? text(language.name) ?? text(language.id) ?? null)} is not a two-letter ISO 639-1 code; left out`);
    }
    return codes.length ? [...new Set(codes)] : ['en'];
  }
}

/** Another publisher's term, to keep; ids that are not UUIDs get a stable derived one (ORUK ids are UUIDs). */
export function externalTerm(term: Json): ExternalTerm | undefined {
  const rawId = text(term.id);
  const name = text(term.name) ?? text(term.term) ?? text(term.code);
  if (!rawId || !name) return undefined;
  const id = isUuid(rawId) ? rawId : derivedId('external_taxonomy_term', rawId);
  return {
    id,
    name: name.slice(0, 500),
    description: text(term.description) ?? null,
    taxonomy: text(term.taxonomy) ?? (isObject(term.taxonomy_detail) ? text(term.taxonomy_detail.name) : undefined) ?? null,
    taxonomyId: text(term.taxonomy_id) ?? null,
    term: text(term.term) ?? null,
    code: text(term.code) ?? null,
    parentId: text(term.parent_id) ?? null,
    termUri: text(term.term_uri) ?? null,
  };
}

/** The first day on or after `from` that falls on `day` (a fortnightly series may start on another weekday). */
function firstOnOrAfter(from: string, day: DayOfWeek): string {
  let date = from;
  for (let i = 0; i < 7 && weekdayOf(date) !== day; i++) date = addDays(date, 1);
  return date;
}
