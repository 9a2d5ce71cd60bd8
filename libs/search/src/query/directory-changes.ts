import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { LOGGER } from '@app/common';
import { PgListener } from '@app/database';

/** Where PostgreSQL announces committed changes to listings, organisations and venues (migrations 0020, 0022). */
export const DIRECTORY_CHANNEL = 'directory_changed';

export type DirectoryTable = 'activities' | 'organisations' | 'venues';

export interface DirectoryChangeHandlers {
  /** Rows of `table` changed, or were added (`added`, venues only): their ids, or '*' for many (or all). */
  changed(table: DirectoryTable, ids: Set<string> | '*', added: boolean): void;
  /** Listening (again): anything announced while not listening was missed. */
  listening(): void;
  /** Not listening: announcements will be missed until `listening`. */
  lost(): void;
}

/**
 * One connection listening for the directory's change announcements, for every part of the api
 * that keeps what it read from PostgreSQL (listings shown, places searched).
 */
@Injectable()
export class DirectoryChanges implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly subscribers: DirectoryChangeHandlers[] = [];
  private listener?: PgListener;
  private heard = false;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  subscribe(handlers: DirectoryChangeHandlers): void {
    this.subscribers.push(handlers);
    if (this.heard) handlers.listening();
  }

  onApplicationBootstrap(): void {
    const url = (this.dataSource.options as { url?: string }).url;
    if (!url) return;
    this.listener = new PgListener(
      url,
      DIRECTORY_CHANNEL,
      {
        // "<table> <id>,<id>…" or "<table> *", then " new" for added rows.
        notification: (payload) => {
          const [table, list = '*', added] = payload.split(' ');
          const ids = list === '*' ? '*' : new Set(list.split(','));
          for (const s of this.subscribers) s.changed(table as DirectoryTable, ids, added === 'new');
        },
        listening: () => {
          this.heard = true;
          for (const s of this.subscribers) s.listening();
        },
        lost: () => {
          this.heard = false;
          for (const s of this.subscribers) s.lost();
        },
      },
      this.logger,
    );
    this.listener.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.listener?.stop();
    if (this.heard) for (const s of this.subscribers) s.lost();
    this.heard = false;
  }

  /** For tests: the listener's connection, to cut it as a network fault would. */
  get connection() {
    return this.listener?.connection;
  }
}
