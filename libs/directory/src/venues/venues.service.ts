import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Viewer, OrganisationAccess } from '@app/access';
import { NotFoundError } from '@app/common';
import { locatePostcode, normalisePostcode } from '@app/geo';
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
    private readonly dataSource: DataSource,
    private readonly venues: VenuesRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly taxonomy: TaxonomyService,
    private readonly access: OrganisationAccess,
    private readonly outbox: SearchOutbox,
  ) {}

  create(viewer: Viewer, input: CreateVenueInput): Promise<VenueEntity> {
    return this.dataSource.transaction((em) => this.createIn(em, viewer, input));
  }

  /** The create in the caller's transaction. */
  async createIn(em: EntityManager, viewer: Viewer, input: CreateVenueInput): Promise<VenueEntity> {
    if (!(await this.organisations.findById(input.organisationId, em))) throw new NotFoundError('Organisation', input.organisationId);
    await this.access.assertCanManage(viewer, input.organisationId);
    return this.venues.save(em, { organisationId: input.organisationId, ...this.fields(input) });
  }

  /** Replaces a venue's details (imports); every activity held there is re-sent to search. */
  async updateIn(em: EntityManager, viewer: Viewer, id: string, input: VenueFields): Promise<VenueEntity> {
    const venue = await this.venues.findById(id, em);
    if (!venue) throw new NotFoundError('Venue', id);
    await this.access.assertCanManage(viewer, venue.organisationId);
    const saved = await this.venues.save(em, Object.assign(venue, this.fields(input)));
    await this.outbox.venueChanged(em, id);
    return saved;
  }

  forOrganisation(organisationId: string): Promise<VenueEntity[]> {
    return this.venues.forOrganisation(organisationId);
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
