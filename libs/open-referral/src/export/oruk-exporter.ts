import * as fs from 'node:fs';
import { once } from 'node:events';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Progress } from '@app/common';
import { OrukServices } from '../oruk-services';
import { OrukPublication } from '../publication';

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
    private readonly dataSource: DataSource,
    private readonly services: OrukServices,
    private readonly publication: OrukPublication,
  ) {}

  async export(file: string, format: ExportFormat, options: { progress?: boolean } = {}): Promise<{ services: number }> {
    const params: unknown[] = [];
    const where = this.publication.activityClause(params);
    const from = `FROM activities a JOIN organisations o ON o.id = a.organisation_id WHERE ${where}`;
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total ${from}`, params);
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
        // Keyset paging by id: stable while listings change, and no OFFSET scans.
        const ids: { id: string }[] = await this.dataSource.query(`SELECT a.id ${from} AND a.id > $${params.length + 1} ORDER BY a.id LIMIT ${BATCH}`, [
          ...params,
          after,
        ]);
        if (!ids.length) break;
        after = ids[ids.length - 1].id;
        for (const service of await this.services.full(await this.services.load(ids.map((r) => r.id)))) {
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
