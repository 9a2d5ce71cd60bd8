import { Injectable } from '@nestjs/common';
import { LocationPrecision } from '@app/geo';
import { TaxonomyKind, TaxonomyService } from '@app/taxonomy';
import { OrganisationType } from '../organisations/organisation.type';
import { VenueEntity } from '../venues/venue.entity';
import { VenueType } from '../venues/venue.type';
import { capacityState } from './activity-rules';
import { normaliseSlot, sortSchedule } from './schedule-rules';
import { ActivityEntity } from './activity.entity';
import { ActivityType } from './activity.type';

/** Union of two code lists, keeping the first one's order. */
export function mergeCodes(own: readonly string[], venue: readonly string[] = []): string[] {
  return [...new Set([...own, ...venue])];
}

/** Why a venue's position may be off, for the people who keep it and the people who travel to it. */
export function locationNote(v: Pick<VenueEntity, 'precision' | 'postcode' | 'outcode' | 'postcodeTerminatedOn'>): string | null {
  if (v.precision === LocationPrecision.OUTCODE)
    return `Placed at the centre of ${v.outcode}: the postcode directory does not hold ${v.postcode ?? 'its postcode'}, so distances are approximate`;
  if (v.postcodeTerminatedOn) return `Postcode ${v.postcode} is no longer in use (since ${monthYear(v.postcodeTerminatedOn)}); its last known position is used`;
  return null;
}

const monthYear = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Builds the GraphQL objects from entities; taxonomy codes become terms from the in-memory taxonomy. */
@Injectable()
export class DirectoryMapper {
  constructor(private readonly taxonomy: TaxonomyService) {}

  venue(e: VenueEntity): VenueType {
    return Object.assign(new VenueType(), {
      id: e.id,
      name: e.name,
      addressLine1: e.addressLine1,
      town: e.town,
      postcode: e.postcode ?? '',
      latitude: e.latitude,
      longitude: e.longitude,
      precision: e.precision,
      locationNote: locationNote(e),
      accessibility: this.taxonomy.terms(TaxonomyKind.ACCESSIBILITY, e.accessibility),
      transportNotes: e.transportNotes,
      archived: !!e.archivedAt,
    });
  }

  /** The organisation comes from the entity's loaded relation unless the caller already has it. */
  activity(e: ActivityEntity, organisation?: OrganisationType): ActivityType {
    if (!organisation && !e.organisation) throw new Error(`activity ${e.id} was loaded without its organisation`);
    const place = e.venue ?? null;
    return Object.assign(new ActivityType(), {
      id: e.id,
      title: e.title,
      description: e.description,
      organisation: organisation ?? OrganisationType.from(e.organisation!),
      venue: place ? this.venue(place) : null,
      needs: this.taxonomy.terms(TaxonomyKind.NEED, e.needs),
      category: this.taxonomy.term(TaxonomyKind.CATEGORY, e.category),
      accessibility: this.taxonomy.terms(TaxonomyKind.ACCESSIBILITY, mergeCodes(e.accessibility, place?.accessibility)),
      deliveryMode: e.deliveryMode,
      schedule: sortSchedule(e.schedule).map(normaliseSlot),
      termTimeOnly: e.termTimeOnly,
      showFrom: e.showFrom,
      showUntil: e.showUntil,
      free: e.free,
      costDescription: e.costDescription,
      minimumAge: e.minimumAge,
      maximumAge: e.maximumAge,
      languages: e.languages,
      coverageOutcodes: e.coverageOutcodes,
      coverageDistricts: e.coverageDistricts,
      selfReferral: e.selfReferral,
      howToJoin: e.howToJoin,
      contactEmail: e.contactEmail,
      contactPhone: e.contactPhone,
      capacity: {
        placesPerSession: e.placesPerSession,
        spacesAvailable: e.spacesAvailable,
        waitingList: e.waitingList,
        state: capacityState(e),
      },
      status: e.status,
      pausedReason: e.pausedReason,
      resumesOn: e.resumesOn,
      lastVerifiedAt: e.lastVerifiedAt,
      updatedAt: e.updatedAt,
    });
  }
}
