import { ActivityEntity, ActivityStatus, DayOfWeek, normaliseSlot, OrganisationEntity, Recurrence, VenueEntity } from '@app/directory';
import { LocationPrecision } from '@app/geo';
import { TaxonomyKind, TaxonomyService } from '@app/taxonomy';
import { ExternalTaxonomyTermEntity } from './import/external-taxonomy-term.entity';
import { derivedId } from './oruk-ids';
import { deliveryModeTerm, OrukTaxonomies, PublishedTerm, termId } from './oruk-taxonomies';

const BYDAY: Record<DayOfWeek, string> = {
  MONDAY: 'MO',
  TUESDAY: 'TU',
  WEDNESDAY: 'WE',
  THURSDAY: 'TH',
  FRIDAY: 'FR',
  SATURDAY: 'SA',
  SUNDAY: 'SU',
};
/** Our import reads this back: a position known only to its outward code is not taken as exact. */
export const APPROXIMATE_POSITION = 'Position approximate';

/** How exact a published location's latitude and longitude are, in its description. */
const POSITION: Record<LocationPrecision, string> = {
  COORDINATES: 'Position given by the organisation',
  POSTCODE: "Position of the postcode's own point",
  OUTCODE: `${APPROXIMATE_POSITION}: the centre of postcode district {outcode}`,
};

const STATUS: Record<ActivityStatus, string> = { ACTIVE: 'active', PAUSED: 'temporarily closed', CLOSED: 'inactive' };

/** What a full service shows beyond the activity itself. */
export interface ServiceExtras {
  /** From the organisation's latest ASSURE decision; the email is the assurance scheme's, not the assurer's. */
  decision?: { assured_date: string; assurer_email?: string };
  /** Other publishers' terms kept from an import. */
  externalTerms: ExternalTaxonomyTermEntity[];
}

/** Our activity as an HSDS-UK 3.0 service (the organisation and venue must be loaded). */
export class OrukMapper {
  private readonly taxonomies: OrukTaxonomies;

  constructor(private readonly taxonomy: TaxonomyService) {
    this.taxonomies = new OrukTaxonomies(taxonomy);
  }

  /** An organisation, with charity and company numbers as org-id identifiers (GB-CHC, GB-COH). */
  organizationFull(o: OrganisationEntity) {
    const identifiers = [
      ...(o.charityNumber ? [{ scheme: 'GB-CHC', type: 'Registered charity number', value: o.charityNumber }] : []),
      ...(o.companyNumber ? [{ scheme: 'GB-COH', type: 'Company number', value: o.companyNumber }] : []),
    ];
    return {
      ...this.organization(o),
      organization_identifiers: identifiers.map((i) => ({
        id: derivedId('organization_identifier', o.id, i.scheme),
        organization_id: o.id,
        identifier_scheme: i.scheme,
        identifier_type: i.type,
        identifier: i.value,
      })),
    };
  }

  /** An organisation as a service summary embeds it (optional fields left out when empty, as the profile asks). */
  organization(o: OrganisationEntity) {
    return {
      id: o.id,
      name: o.name,
      description: o.description,
      ...(o.email ? { email: o.email } : {}),
      ...(o.website ? { website: o.website } : {}),
    };
  }

  serviceSummary(a: ActivityEntity) {
    return {
      id: a.id,
      organization_id: a.organisationId,
      name: a.title,
      description: a.description,
      status: STATUS[a.status],
      ...(a.minimumAge !== null ? { minimum_age: a.minimumAge } : {}),
      ...(a.maximumAge !== null ? { maximum_age: a.maximumAge } : {}),
      last_modified: a.updatedAt.toISOString(),
      organization: this.organization(a.organisation!),
    };
  }

  /**
   * An activity at its venue (HSDS service_at_location). An activity has at most one venue, so the
   * pair takes the activity's id, which also makes lookups by id direct.
   */
  serviceAtLocation(a: ActivityEntity) {
    return { ...this.serviceAtLocationOf(a), service: this.serviceSummary(a) };
  }

  private serviceAtLocationOf(a: ActivityEntity) {
    return { id: a.id, service_id: a.id, location_id: a.venue!.id, location: this.location(a.venue!) };
  }

  /** A venue as an HSDS location with its address and accessibility. */
  private location(v: VenueEntity) {
    return {
      id: v.id,
      location_type: 'physical',
      name: v.name,
      description: POSITION[v.precision].replace('{outcode}', v.outcode),
      latitude: v.latitude,
      longitude: v.longitude,
      // A place given by its position alone has no postal address to publish.
      addresses: (v.postcode ? [v.postcode] : []).map((postcode) => ({
        id: derivedId('address', v.id),
        location_id: v.id,
        address_1: v.addressLine1,
        city: v.town,
        state_province: v.town,
        postal_code: postcode,
        country: 'GB',
        address_type: 'physical',
      })),
      accessibility: this.taxonomy.terms(TaxonomyKind.ACCESSIBILITY, v.accessibility).map((term) => ({
        id: derivedId('accessibility', v.id, term.code),
        location_id: v.id,
        description: term.label,
      })),
    };
  }

  serviceFull(a: ActivityEntity, extras: ServiceExtras) {
    const terms: PublishedTerm[] = [
      ...this.taxonomy.terms(TaxonomyKind.NEED, a.needs),
      ...this.taxonomy.terms(TaxonomyKind.CATEGORY, a.category ? [a.category] : []),
      ...this.taxonomy.terms(TaxonomyKind.ACCESSIBILITY, a.accessibility),
      deliveryModeTerm(a.deliveryMode),
    ];
    const attribute = (termIdentity: string, taxonomyTerm: object) => ({
      id: derivedId('attribute', a.id, termIdentity),
      link_id: a.id,
      link_type: 'service',
      taxonomy_term_id: termIdentity,
      taxonomy_term: taxonomyTerm,
    });
    return {
      ...this.serviceSummary(a),
      ...(extras.decision ?? {}),
      organization: this.organizationFull(a.organisation!),
      service_at_locations: a.venue ? [this.serviceAtLocationOf(a)] : [],
      service_areas: [
        ...(a.coverageOutcodes.length
          ? [
              {
                id: derivedId('service_area', a.id, 'outcodes'),
                service_id: a.id,
                name: a.coverageOutcodes.join(' '),
                service_area: `Postcode districts ${a.coverageOutcodes.join(', ')}`,
              },
            ]
          : []),
        ...a.coverageDistricts.map((code) => ({
          id: derivedId('service_area', a.id, code),
          service_id: a.id,
          name: code,
          service_area: `Local authority district ${code}`,
          uri: `http://statistics.data.gov.uk/id/statistical-geography/${code}`,
        })),
      ],
      schedules: a.schedule.map(normaliseSlot).map((slot, i) => ({
        id: derivedId('schedule', a.id, String(i)),
        service_id: a.id,
        ...(slot.recurrence === Recurrence.MONTHLY
          ? { freq: 'MONTHLY', byday: `${slot.weekOfMonth}${BYDAY[slot.day]}` }
          : { freq: 'WEEKLY', byday: BYDAY[slot.day] }),
        ...(slot.recurrence === Recurrence.FORTNIGHTLY ? { interval: 2, dtstart: slot.firstDate } : {}),
        opens_at: slot.startTime,
        closes_at: slot.endTime,
        ...(a.termTimeOnly ? { description: 'School term time only' } : {}),
      })),
      languages: a.languages.map((code) => ({ id: derivedId('language', a.id, code), service_id: a.id, code })),
      cost_options: a.free
        ? [{ id: derivedId('cost', a.id), service_id: a.id, option: 'Free', amount: 0 }]
        : a.costDescription
          ? [{ id: derivedId('cost', a.id), service_id: a.id, option: 'Charge', amount_description: a.costDescription }]
          : [],
      attributes: [
        ...terms.map((term) => attribute(termId(term), this.taxonomies.term(term))),
        ...extras.externalTerms.map((t) =>
          attribute(t.id, {
            id: t.id,
            name: t.name,
            description: t.description ?? t.name,
            ...(t.taxonomy ? { taxonomy: t.taxonomy } : {}),
            ...(t.taxonomyId ? { taxonomy_id: t.taxonomyId } : {}),
            ...(t.term ? { term: t.term } : {}),
            ...(t.code ? { code: t.code } : {}),
            ...(t.parentId ? { parent_id: t.parentId } : {}),
            ...(t.termUri ? { term_uri: t.termUri } : {}),
          }),
        ),
      ],
    };
  }
}
