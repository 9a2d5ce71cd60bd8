import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { LOGGER } from '@app/common';
import { ActivitySearchInput } from '../query/search.inputs';

/**
 * Records anonymised demand for each search: needs, the outward code (never the full postcode),
 * which filters were used, and the result count. Never the free text. Written after the answer is
 * ready and off the request's path: a failure is logged, not shown to the searcher.
 */
@Injectable()
export class DemandLog {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  record(input: ActivitySearchInput, outcode: string | null, resultCount: number): void {
    const filters = {
      text: Boolean(input.text?.trim()),
      near: input.near ? { radiusKm: input.near.radiusKm, by: input.near.postcode ? 'postcode' : 'coordinates' } : null,
      includeRemote: input.includeRemote !== false,
      accessibility: input.accessibility ?? [],
      days: input.days ?? [],
      timesOfDay: input.timesOfDay ?? [],
      deliveryModes: input.deliveryModes ?? [],
      freeOnly: Boolean(input.freeOnly),
      age: input.age !== undefined && input.age !== null,
      language: input.language ?? null,
      assuredOnly: input.assuredOnly !== false,
      includeFull: Boolean(input.includeFull),
    };
    this.dataSource
      .query('INSERT INTO search_demand (needs, outcode, filters, result_count) VALUES ($1, $2, $3, $4)', [
        input.needs ?? [],
        outcode,
        filters,
        resultCount,
      ])
      .catch((err) => this.logger.warn({ err }, 'could not record search demand'));
  }
}
