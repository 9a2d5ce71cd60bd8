import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Viewer } from '@app/accounts';
import { NotFoundError } from '@app/common';
import { locatePostcode, normalisePostcode } from '@app/geo';
import { TaxonomyKind, TaxonomyService } from '@app/taxonomy';
import { DirectoryAccess } from '../common/directory-access';
import { OrganisationsRepository } from '../organisations/organisations.repository';
import { CreateVenueInput } from './dto/create-venue.input';
import { VenueEntity } from './venue.entity';
import { VenuesRepository } from './venues.repository';

@Injectable()
export class VenuesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly venues: VenuesRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly taxonomy: TaxonomyService,
    private readonly access: DirectoryAccess,
  ) {}

  create(viewer: Viewer, input: CreateVenueInput): Promise<VenueEntity> {
    return this.dataSource.transaction(async (em) => {
      if (!(await this.organisations.findById(input.organisationId, em))) throw new NotFoundError('Organisation', input.organisationId);
      await this.access.assertCanManage(viewer, input.organisationId, em);
      this.taxonomy.assertKnown(TaxonomyKind.ACCESSIBILITY, input.accessibility, 'accessibility');
      const postcode = normalisePostcode(input.postcode)!;
      const place = locatePostcode(postcode);
      return this.venues.insert(em, {
        organisationId: input.organisationId,
        name: input.name.trim(),
        addressLine1: input.addressLine1.trim(),
        town: input.town.trim(),
        postcode,
        outcode: place.outcode,
        latitude: place.latitude,
        longitude: place.longitude,
        accessibility: [...new Set(input.accessibility ?? [])],
        transportNotes: input.transportNotes?.trim() || null,
      });
    });
  }

  forOrganisation(organisationId: string): Promise<VenueEntity[]> {
    return this.venues.forOrganisation(organisationId);
  }
}
