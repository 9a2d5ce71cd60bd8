import * as fs from 'node:fs';
import * as path from 'node:path';
import { Injectable } from '@nestjs/common';
import { CsvError, parse } from 'csv-parse';
import { DataSource } from 'typeorm';
import { refreshOutcodeDeciles } from './outcode-deciles';

export class DeprivationFileError extends Error {}

export interface DeprivationLoadReport {
  file: string;
  areas: number;
}

const LSOA_CODE = /^[EW]01\d{6}$/;
const LSOA_COLUMN = /^LSOA code/i;
const DECILE_COLUMN = /^Index of Multiple Deprivation \(IMD\) Decile/i;

/**
 * Loads the English Indices of Deprivation's File 1 (IMD rank and decile by LSOA, the published CSV,
 * 2019 or 2025 edition) in one transaction: a file that fails any check leaves the deciles in use.
 */
@Injectable()
export class DeprivationLoader {
  constructor(private readonly dataSource: DataSource) {}

  async load(file: string): Promise<DeprivationLoadReport> {
    if (!fs.existsSync(file)) throw new DeprivationFileError(`cannot read ${file}: no such file`);
    const deciles = new Map<string, number>();
    let lsoaAt = -1;
    let decileAt = -1;
    let line = 1;
    try {
      for await (const row of fs.createReadStream(file).pipe(parse({ bom: true, relax_column_count: true, max_record_size: 64 * 1024 })) as AsyncIterable<
        string[]
      >) {
        if (lsoaAt < 0) {
          lsoaAt = row.findIndex((h) => LSOA_COLUMN.test(h.trim()));
          decileAt = row.findIndex((h) => DECILE_COLUMN.test(h.trim()));
          if (lsoaAt < 0 || decileAt < 0)
            throw new DeprivationFileError(`${path.basename(file)}: not the Indices of Deprivation's File 1 (no "LSOA code" and "IMD Decile" columns)`);
          continue;
        }
        line++;
        const lsoa = row[lsoaAt]?.trim();
        const decile = Number(row[decileAt]);
        if (!LSOA_CODE.test(lsoa ?? '') || !Number.isInteger(decile) || decile < 1 || decile > 10)
          throw new DeprivationFileError(`${path.basename(file)} line ${line}: expected an LSOA code and a decile from 1 to 10`);
        if (deciles.has(lsoa)) throw new DeprivationFileError(`${path.basename(file)} line ${line}: ${lsoa} appears more than once`);
        deciles.set(lsoa, decile);
      }
    } catch (error) {
      if (error instanceof CsvError) throw new DeprivationFileError(`${path.basename(file)}: not a CSV file we can read (${error.message})`);
      throw error;
    }
    if (!deciles.size) throw new DeprivationFileError(`${path.basename(file)}: no areas in it`);
    await this.dataSource.transaction(async (em) => {
      await em.query('DELETE FROM deprivation_deciles');
      await em.query('INSERT INTO deprivation_deciles (lsoa, decile) SELECT key, value::smallint FROM jsonb_each_text($1::jsonb)', [
        JSON.stringify(Object.fromEntries(deciles)),
      ]);
      await refreshOutcodeDeciles(em);
      await em.query(
        `INSERT INTO app_meta (key, value) VALUES ('deprivation.loaded', $1)
         ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
        [JSON.stringify({ file: path.basename(file), areas: deciles.size })],
      );
    });
    return { file: path.basename(file), areas: deciles.size };
  }
}
