import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { OrganisationAccess, Role, Viewer } from '@app/access';
import { CLOCK, Clock, ConflictError, ForbiddenError, LOGGER, NotFoundError } from '@app/common';
import { Transactions } from '@app/database';
import { OPEN_OUTCOMES } from '../../usage-enums';
import { ConnectionEntity } from '../connection.entity';
import { ConnectionsRepository } from '../connections.repository';
import { REFERRAL_POLICY, ReferralPolicy } from '../referral-policy';
import { ContactSealer, SealedContact } from './contact-sealer';
import { ReferralContactType } from './contact.types';
import { ContactsRepository } from './contacts.repository';

const DAY_MS = 86_400_000;

/**
 * The consented contact handoff: sealed when the connection is recorded, opened only for the referring
 * link worker and the receiving group's leaders (each read recorded), erased on request or at the end
 * of its retention. Its contents never reach a log line or an error message.
 */
@Injectable()
export class ContactsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly contacts: ContactsRepository,
    private readonly connections: ConnectionsRepository,
    private readonly access: OrganisationAccess,
    private readonly sealer: ContactSealer,
    @Inject(REFERRAL_POLICY) private readonly policy: ReferralPolicy,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** In the caller's transaction, with the new connection. */
  async store(connectionId: string, contact: SealedContact): Promise<void> {
    const clean: SealedContact = { name: contact.name, ...(contact.phone ? { phone: contact.phone } : {}), ...(contact.email ? { email: contact.email } : {}) };
    await this.contacts.insert(connectionId, this.sealer.seal(connectionId, clean));
  }

  async reveal(viewer: NonNullable<Viewer>, connectionId: string): Promise<ReferralContactType> {
    return this.transactions.withTransaction(async () => {
      const connection = await this.allowed(viewer, connectionId);
      const sealed = await this.contacts.find(connectionId);
      if (!sealed) throw this.absent(connection);
      let contact: SealedContact;
      try {
        contact = this.sealer.open(connectionId, sealed);
      } catch {
        this.logger.error({ connectionId }, 'a contact handoff could not be opened: has CONTACT_KEY changed?');
        throw new ConflictError('These contact details cannot be read; ask an administrator');
      }
      await this.contacts.recordRead(connectionId, viewer.userId, this.clock.now());
      return {
        name: contact.name,
        phone: contact.phone ?? null,
        email: contact.email ?? null,
        reads: await this.contacts.reads(connectionId),
        eraseAfter:
          OPEN_OUTCOMES.includes(connection.outcome) || !connection.outcomeAt
            ? null
            : new Date(connection.outcomeAt.getTime() + this.policy.contactRetentionDays * DAY_MS),
      };
    });
  }

  async erase(viewer: NonNullable<Viewer>, connectionId: string): Promise<void> {
    await this.transactions.withTransaction(async () => {
      const connection = await this.allowed(viewer, connectionId);
      if (!(await this.contacts.erase(connectionId, this.clock.now()))) throw this.absent(connection);
    });
  }

  /** Erases the contacts whose connection closed more than the retention period ago; returns how many. */
  eraseExpired(): Promise<number> {
    const now = this.clock.now();
    return this.transactions.withTransaction(() =>
      this.contacts.eraseClosedBefore(new Date(now.getTime() - this.policy.contactRetentionDays * DAY_MS), OPEN_OUTCOMES, now),
    );
  }

  /** Only the link worker who made the connection and the receiving organisation's own leaders (not admins). */
  private async allowed(viewer: NonNullable<Viewer>, connectionId: string): Promise<ConnectionEntity> {
    const connection = await this.connections.findById(connectionId);
    if (!connection) throw new NotFoundError('Connection', connectionId);
    const referrer = viewer.role === Role.LINK_WORKER && connection.linkWorkerId === viewer.userId;
    if (!referrer && !(await this.access.isLeaderOf(viewer, connection.organisationId)))
      throw new ForbiddenError('Only the link worker who made this connection and the group’s leaders may see or erase its contact details');
    return connection;
  }

  private absent(connection: ConnectionEntity): Error {
    return connection.contactErasedAt
      ? new ConflictError(`The contact details were erased on ${connection.contactErasedAt.toISOString().slice(0, 10)}`)
      : new NotFoundError('Contact details', connection.id, 'No contact details were shared for this connection');
  }
}
