import { Injectable } from '@nestjs/common';
import { NotificationKind, TO_GROUP } from './notification-kind';
import { NotificationsRepository } from './notifications.repository';

export interface NotifiedConnection {
  id: string;
  organisationId: string;
  linkWorkerId: string;
}

/** Records, in the caller's transaction, the mail owed about a change to a referral. */
@Injectable()
export class NotificationsService {
  constructor(private readonly notifications: NotificationsRepository) {}

  /** To the group's leaders or to the referring link worker (as the kind says), never to whoever made the change. */
  async notify(kind: NotificationKind, connection: NotifiedConnection, at: Date, actorId?: string | null): Promise<void> {
    const to = TO_GROUP.has(kind) ? await this.notifications.leaderIds(connection.organisationId) : [connection.linkWorkerId];
    await this.notifications.enqueue(
      kind,
      connection.id,
      to.filter((id) => id !== actorId),
      at,
    );
  }
}
