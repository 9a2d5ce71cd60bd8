import * as fs from 'node:fs';
import { once } from 'node:events';
import { Injectable } from '@nestjs/common';
import { Progress } from '@app/common';
import { OrukServices } from '../oruk-services';
import { PublishedListingsRepository } from '../published-listings.repository';

export type ExportFormat = 'json' | 'ndjson';
const BATCH = 500;

/**
 * Writes the whole published directory as fully nested ORUK services: JSON (one page of the
 * /services envelope, which import-oruk reads back) or ndjson (one service per line). Written to
 * a temporary file and renamed, so a failed export never leaves a partial file behind.
 */
@Injectable()
export class OrukExporter {
  constructor(
    private readonly services: OrukServices,
    private readonly listings: PublishedListingsRepository,
  ) {}

  async export(file: string, format: ExportFormat, options: { progress?: boolean } = {}): Promise<{ services: number }> {
    const total = await this.listings.countServices();
    const progress = options.progress ? new Progress('export', total) : undefined;
    const temporary = `${file}.partial-${process.pid}`;
    const out = fs.createWriteStream(temporary);
    const write = async (text: string) => {
      if (!out.write(text)) await once(out, 'drain');
    };
    try {
      if (format === 'json') {
        await write(
          `{"total_items":${total},"total_pages":1,"page_number":1,"size":${total},"first_page":true,"last_page":true,"empty":${total === 0},"contents":[`,
        );
      }
      let written = 0;
      let after = '00000000-0000-0000-0000-000000000000';
      for (;;) {
        const ids = await this.listings.serviceIdsAfter(after, BATCH);
        if (!ids.length) break;
        after = ids[ids.length - 1];
        for (const service of await this.services.full(await this.services.load(ids))) {
          await write(format === 'json' ? `${written ? ',' : ''}\n${JSON.stringify(service)}` : `${JSON.stringify(service)}\n`);
          written += 1;
        }
        progress?.update(written);
      }
      if (format === 'json') await write('\n]}\n');
      out.end();
      await once(out, 'finish');
      await fs.promises.rename(temporary, file);
      progress?.update(written);
      return { services: written };
    } catch (error) {
      out.destroy();
      await fs.promises.rm(temporary, { force: true });
      throw error;
    }
  }
}
