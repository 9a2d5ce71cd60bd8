import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { LOGGER } from '@app/common';
import { ActivitySearchInput } from '../query/search.inputs';

interface DemandRow {
  needs: string[];
  outcode: string | null;
  filters: Record<string, unknown>;
  resultCount: number;
}

const FLUSH_MS = 500;
const MAX_BUFFER = 500;

/**
 * Records anonymised demand for each search: needs, the outward code (never the full postcode),
 * which filters were used, and the result count. Never the free text. Rows are buffered and written
 * in one INSERT every half second (and at shutdown), off the searcher's path: a failure is logged,
 * not shown to the searcher.
 */
@Injectable()
export class DemandLog implements OnApplicationShutdown {
  private buffer: DemandRow[] = [];
  private timer?: NodeJS.Timeout;
  /** Requests already recorded: a request holding several searches (aliases) is one person's demand. */
  private readonly recorded = new WeakSet<object>();

  constructor(
    private readonly dataSource: DataSource,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Records the first search of a request; `request` is whatever identifies it (the HTTP request). */
  record(input: ActivitySearchInput, outcode: string | null, resultCount: number, request?: object): void {
    if (request) {
      if (this.recorded.has(request)) return;
      this.recorded.add(request);
    }
    this.buffer.push({ needs: input.needs ?? [], outcode, filters: usedFilters(input), resultCount });
    if (this.buffer.length >= MAX_BUFFER) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), FLUSH_MS);
  }

  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const rows = this.buffer;
    this.buffer = [];
    if (!rows.length) return;
    await this.dataSource
      .query(
        `INSERT INTO search_demand (needs, outcode, filters, result_count)
         SELECT string_to_array(r.needs, ','), r.outcode, r.filters, r.result_count
           FROM jsonb_to_recordset($1::jsonb) AS r(needs text, outcode text, filters jsonb, result_count int)`,
        [JSON.stringify(rows.map((r) => ({ needs: r.needs.join(','), outcode: r.outcode, filters: r.filters, result_count: r.resultCount })))],
      )
      .catch((err) => this.logger.warn({ err, rows: rows.length }, 'could not record search demand'));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.flush();
  }
}

function usedFilters(input: ActivitySearchInput): Record<string, unknown> {
  return {
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
}
