import { Injectable } from '@nestjs/common';
import { Role, Viewer, OrganisationAccess } from '@app/access';
import { AccountsRepository } from '@app/accounts';
import { NotFoundError } from '@app/common';
import { Transactions } from '@app/database';
import { SearchOutbox } from '@app/outbox';
import { CreateOrganisationInput, UpdateOrganisationInput } from './dto/organisation.inputs';
import { AssuranceStatus } from './organisation-enums';
import { OrganisationEntity } from './organisation.entity';
import { OrganisationsRepository } from './organisations.repository';

const clean = (value: string | null | undefined) => (value === undefined ? undefined : value === null ? null : value.trim() || null);

@Injectable()
export class OrganisationsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly organisations: OrganisationsRepository,
    private readonly accounts: AccountsRepository,
    private readonly access: OrganisationAccess,
    private readonly outbox: SearchOutbox,
  ) {}

  /** Anonymous callers see only organisations with an ACTIVE activity, and none that is suspended. */
  async get(viewer: Viewer, id: string): Promise<OrganisationEntity> {
    const organisation = await this.organisations.findById(id);
    if (!organisation) throw new NotFoundError('Organisation', id);
    if (
      !this.access.seesInactive(viewer) &&
      (organisation.assuranceStatus === AssuranceStatus.SUSPENDED || !(await this.organisations.hasActiveActivity(id)))
    ) {
      throw new NotFoundError('Organisation', undefined, 'This organisation is not currently available');
    }
    return organisation;
  }

  /** New organisations start NOT_ASSESSED; a VCSE leader who creates one becomes its member. */
  create(viewer: NonNullable<Viewer>, input: CreateOrganisationInput): Promise<OrganisationEntity> {
    return this.transactions.withTransaction(() => this.insert(viewer, input));
  }

  private async insert(viewer: NonNullable<Viewer>, input: CreateOrganisationInput): Promise<OrganisationEntity> {
    const organisation = await this.organisations.save(
      this.organisations.create({
        name: input.name.trim(),
        description: input.description.trim(),
        website: clean(input.website) ?? null,
        email: clean(input.email)?.toLowerCase() ?? null,
        phone: clean(input.phone) ?? null,
        charityNumber: clean(input.charityNumber)?.toUpperCase() ?? null,
        companyNumber: clean(input.companyNumber)?.toUpperCase() ?? null,
        legalForm: input.legalForm ?? null,
        sizeBand: input.sizeBand ?? null,
      }),
    );
    if (viewer.role === Role.VCSE_LEADER) await this.accounts.addMembers(viewer.userId, [organisation.id]);
    return organisation;
  }

  update(viewer: Viewer, id: string, input: UpdateOrganisationInput): Promise<OrganisationEntity> {
    return this.transactions.withTransaction(() => this.change(viewer, id, input));
  }

  private async change(viewer: Viewer, id: string, input: UpdateOrganisationInput): Promise<OrganisationEntity> {
    const organisation = await this.organisations.lockById(id);
    if (!organisation) throw new NotFoundError('Organisation', id);
    await this.access.assertCanManage(viewer, id);
    const nameBefore = organisation.name;
    if (input.name !== undefined) organisation.name = input.name.trim();
    if (input.description !== undefined) organisation.description = input.description.trim();
    if (input.website !== undefined) organisation.website = clean(input.website) ?? null;
    if (input.email !== undefined) organisation.email = clean(input.email)?.toLowerCase() ?? null;
    if (input.phone !== undefined) organisation.phone = clean(input.phone) ?? null;
    if (input.charityNumber !== undefined) organisation.charityNumber = clean(input.charityNumber)?.toUpperCase() ?? null;
    if (input.companyNumber !== undefined) organisation.companyNumber = clean(input.companyNumber)?.toUpperCase() ?? null;
    if (input.legalForm !== undefined) organisation.legalForm = input.legalForm ?? null;
    if (input.sizeBand !== undefined) organisation.sizeBand = input.sizeBand ?? null;
    const saved = await this.organisations.save(organisation);
    // Search documents carry the organisation's name.
    if (saved.name !== nameBefore) await this.outbox.organisationChanged(id);
    return saved;
  }

  /** The organisations a user leads, by name. */
  /** By name. */
  all(): Promise<OrganisationEntity[]> {
    return this.organisations.all();
  }

  async forMember(userId: string): Promise<OrganisationEntity[]> {
    const ids = await this.access.organisationsOf(userId);
    return (await this.organisations.findByIds(ids)).sort((a, b) => a.name.localeCompare(b.name));
  }
}
