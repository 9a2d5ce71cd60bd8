import { Injectable } from '@nestjs/common';
import { ActivitiesRepository } from '@app/directory';
import { TaxonomyKind, TaxonomyService } from '@app/taxonomy';
import { ActivityDocument, toActivityDocument } from './activity-document';

/** Builds search documents from PostgreSQL, the source of truth, in one query per batch. */
@Injectable()
export class ActivityDocuments {
  constructor(
    private readonly activities: ActivitiesRepository,
    private readonly taxonomy: TaxonomyService,
  ) {}

  /** Documents for the ids that exist, and the ids that no longer do. */
  async build(ids: readonly string[]): Promise<{ documents: ActivityDocument[]; gone: string[] }> {
    const entities = await this.activities.findByIds(ids);
    const labelOf = (kind: 'NEED' | 'CATEGORY', code: string) => this.taxonomy.label(kind as TaxonomyKind, code);
    const documents = entities.map((a) => toActivityDocument(a, labelOf));
    const found = new Set(documents.map((d) => d.id));
    return { documents, gone: ids.filter((id) => !found.has(id)) };
  }
}
