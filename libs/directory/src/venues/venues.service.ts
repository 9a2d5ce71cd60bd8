import { Inject, Injectable } from '@nestjs/common';
import { Viewer, OrganisationAccess } from '@app/access';
import { ConflictError, NotFoundError, CLOCK, Clock } from '@app/common';
import { locatePostcode, normalisePostcode } from '@app/geo';
import { Transactions } from '@app/database';
import { SearchOutbox } from '@app/outbox';
import { TaxonomyKind, TaxonomyService } from '@app/taxonomy';
import { OrganisationsRepository } from '../organisations/organisations.repository';
import { CreateVenueInput } from './dto/create-venue.input';
import { VenueEntity } from './venue.entity';
import { VenuesRepository } from './venues.repository';

type VenueFields = Omit<CreateVenueInput, 'organisationId'>;

@Injectable()
export class VenuesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly venues: VenuesRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly taxonomy: TaxonomyService,
    private readonly access: OrganisationAccess,
    private readonly outbox: SearchOutbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create(viewer: Viewer, input: CreateVenueInput): Promise<VenueEntity> {
    if (!(await this.organisations.findById(input.organisationId))) throw new NotFoundError('Organisation', input.organisationId);
    await this.access.assertCanManage(viewer, input.organisationId);
    return this.venues.save({ organisationId: input.organisationId, ...this.fields(input) });
  }

  /** Replaces a venue's details; every activity held there is re-sent to search. */
  update(viewer: Viewer, id: string, input: VenueFields): Promise<VenueEntity> {
    return this.transactions.withTransaction(async () => {
      const venue = await this.venues.lockById(id);
      if (!venue) throw new NotFoundError('Venue', id);
      await this.access.assertCanManage(viewer, venue.organisationId);
      const saved = await this.venues.save(Object.assign(venue, this.fields(input)));
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

  /** Validated input → columns; coordinates come from the postcode. */
  private fields(input: VenueFields): Omit<Partial<VenueEntity>, 'organisationId'> {
    this.taxonomy.assertKnown(TaxonomyKind.ACCESSIBILITY, input.accessibility, 'accessibility');
    const postcode = normalisePostcode(input.postcode)!;
    const place = locatePostcode(postcode);
    return {
      name: input.name.trim(),
      addressLine1: input.addressLine1.trim(),
      town: input.town.trim(),
      postcode,
      outcode: place.outcode,
      latitude: place.latitude,
      longitude: place.longitude,
      accessibility: [...new Set(input.accessibility ?? [])],
      transportNotes: input.transportNotes?.trim() || null,
    };
  }
}
