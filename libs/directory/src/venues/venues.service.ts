import { Inject, Injectable } from '@nestjs/common';
import { Viewer, OrganisationAccess } from '@app/access';
import { BadUserInputError, ConflictError, NotFoundError, CLOCK, Clock } from '@app/common';
import { Location, Locator, normalisePostcode } from '@app/geo';
import { Transactions } from '@app/database';
import { SearchOutbox } from '@app/outbox';
import { TaxonomyKind, TaxonomyService } from '@app/taxonomy';
import { OrganisationsRepository } from '../organisations/organisations.repository';
import { CreateVenueInput } from './dto/create-venue.input';
import { VenueEntity } from './venue.entity';
import { VenuesRepository } from './venues.repository';

/** A venue's details; an import may place one by its position alone, with no postcode. */
export type VenueFields = Omit<CreateVenueInput, 'organisationId' | 'postcode'> & { postcode?: string | null };

@Injectable()
export class VenuesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly venues: VenuesRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly taxonomy: TaxonomyService,
    private readonly access: OrganisationAccess,
    private readonly outbox: SearchOutbox,
    private readonly locator: Locator,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create(viewer: Viewer, input: VenueFields & Pick<CreateVenueInput, 'organisationId'>): Promise<VenueEntity> {
    if (!(await this.organisations.findById(input.organisationId))) throw new NotFoundError('Organisation', input.organisationId);
    await this.access.assertCanManage(viewer, input.organisationId);
    return this.venues.save({ organisationId: input.organisationId, ...(await this.fields(input)) });
  }

  /** Replaces a venue's details; every activity held there is re-sent to search. */
  update(viewer: Viewer, id: string, input: VenueFields): Promise<VenueEntity> {
    return this.transactions.withTransaction(async () => {
      const venue = await this.venues.lockById(id);
      if (!venue) throw new NotFoundError('Venue', id);
      await this.access.assertCanManage(viewer, venue.organisationId);
      const saved = await this.venues.save(Object.assign(venue, await this.fields(input)));
      await this.outbox.venueChanged(id);
      return saved;
    });
  }

  /** Kept for its history, offered for no new listing; refused while an open listing is held there. */
  archive(viewer: Viewer, id: string): Promise<VenueEntity> {
    return this.transactions.withTransaction(async () => {
      const venue = await this.venues.lockById(id);
      if (!venue) throw new NotFoundError('Venue', id);
      await this.access.assertCanManage(viewer, venue.organisationId);
      const open = await this.venues.openActivityTitles(id);
      if (open.length)
        throw new ConflictError(
          `${open.length === 1 ? 'A listing is' : `${open.length} listings are`} held here (${open.join(', ')}): move or close them first`,
        );
      venue.archivedAt ??= this.clock.now();
      return this.venues.save(venue);
    });
  }

  forOrganisation(organisationId: string, includeArchived = false): Promise<VenueEntity[]> {
    return this.venues.forOrganisation(organisationId, includeArchived);
  }

  /** Validated input → columns; coordinates are the ones given, else the postcode's. */
  private async fields(input: VenueFields): Promise<Omit<Partial<VenueEntity>, 'organisationId'>> {
    this.taxonomy.assertKnown(TaxonomyKind.ACCESSIBILITY, input.accessibility, 'accessibility');
    const place = await this.place(input);
    return {
      name: input.name.trim(),
      addressLine1: input.addressLine1.trim(),
      town: input.town.trim(),
      postcode: place.postcode,
      outcode: place.outcode,
      latitude: place.latitude,
      longitude: place.longitude,
      precision: place.precision,
      postcodeTerminatedOn: place.terminatedOn,
      accessibility: [...new Set(input.accessibility ?? [])],
      transportNotes: input.transportNotes?.trim() || null,
    };
  }

  private async place(input: VenueFields): Promise<Location> {
    const given = [input.latitude, input.longitude].filter((v) => v !== undefined && v !== null).length;
    if (given === 1) throw BadUserInputError.field(input.latitude == null ? 'latitude' : 'longitude', 'give both latitude and longitude, or neither');
    const postcode = input.postcode ? normalisePostcode(input.postcode) : null;
    if (input.postcode && !postcode) throw BadUserInputError.field('postcode', 'must be a full UK postcode, e.g. M1 1AE');
    if (given === 2) {
      const exact = this.locator.atCoordinates({ latitude: input.latitude!, longitude: input.longitude! });
      // The address's postcode still says which outward code it belongs to.
      return postcode ? { ...exact, postcode, outcode: postcode.split(' ')[0] } : exact;
    }
    if (!postcode) throw BadUserInputError.field('postcode', 'give a postcode, or a position (latitude and longitude)');
    return this.locator.locate(postcode);
  }
}
