import { Inject, Injectable } from '@nestjs/common';
import { MeiliClient } from '../meili/meili-client';
import { ACTIVITY_INDEX, MEILI_CLIENT } from '../meili/meili.tokens';
import { ActivityDocument } from './activity-document';
import { ACTIVITY_INDEX_SETTINGS } from './index-settings';

/** The activities index in Meilisearch: settings, writes that wait until applied. */
@Injectable()
export class SearchIndex {
  constructor(
    @Inject(MEILI_CLIENT) readonly meili: MeiliClient,
    @Inject(ACTIVITY_INDEX) readonly uid: string,
  ) {}

  /** Creates the index if needed and applies the settings; a no-op when they are already in place. */
  async ensureReady(uid = this.uid): Promise<void> {
    if (!(await this.meili.indexExists(uid))) {
      await this.meili.waitForTask((await this.meili.createIndex(uid, 'id')).taskUid).catch((error: Error) => {
        if (!/already exists/.test(error.message)) throw error; // another replica created it first
      });
    }
    await this.meili.waitForTask((await this.meili.updateSettings(uid, ACTIVITY_INDEX_SETTINGS)).taskUid, 120_000);
  }

  /** Upserts documents and removes ids, resolving only once Meilisearch has applied both. */
  async apply(documents: ActivityDocument[], removedIds: string[], uid = this.uid): Promise<void> {
    const tasks: number[] = [];
    if (documents.length) tasks.push((await this.meili.addDocuments(uid, documents)).taskUid);
    if (removedIds.length) tasks.push((await this.meili.deleteDocuments(uid, removedIds)).taskUid);
    for (const task of tasks) await this.meili.waitForTask(task, 120_000);
  }
}
