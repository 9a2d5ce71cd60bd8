import * as fs from 'node:fs';
import * as path from 'node:path';
import { Injectable } from '@nestjs/common';
import { CsvError, parse } from 'csv-parse';
import { DataSource } from 'typeorm';
import { BAND_VALUES, EquityBand } from '../wellbeing/equity-bands';

export class PopulationFileError extends Error {}

export interface PopulationLoadReport {
  file: string;
  source: string;
  bands: EquityBand[];
}

const MAX_PEOPLE = 100_000_000;

/**
 * Loads the area's population by equity band from a CSV with the columns `band,value,people`
 * (e.g. `AGE_BAND,AGE_18_24,41250`), taken from the census tables for the area served. All or
 * nothing: a file that fails any check, naming its line, leaves the figures in use.
 */
@Injectable()
export class PopulationLoader {
  constructor(private readonly dataSource: DataSource) {}

  async load(file: string, source = path.basename(file)): Promise<PopulationLoadReport> {
    if (!fs.existsSync(file)) throw new PopulationFileError(`cannot read ${file}: no such file`);
    const name = path.basename(file);
    const rows = new Map<string, { band: EquityBand; value: string; people: number }>();
    let line = 0;
    try {
      for await (const row of fs.createReadStream(file).pipe(parse({ bom: true, trim: true, skip_empty_lines: true, max_record_size: 4096 })) as AsyncIterable<
        string[]
      >) {
        line++;
        if (line === 1) {
          if (row.join(',').toLowerCase() !== 'band,value,people') throw new PopulationFileError(`${name}: the first line must be band,value,people`);
          continue;
        }
        const [band, value, count] = row;
        const values = BAND_VALUES[band as EquityBand];
        if (!values) throw new PopulationFileError(`${name} line ${line}: band must be one of ${Object.values(EquityBand).join(', ')}`);
        if (!(value in values)) throw new PopulationFileError(`${name} line ${line}: value must be one of ${Object.keys(values).join(', ')} for ${band}`);
        const people = Number(count);
        if (!/^\d+$/.test(count ?? '') || people > MAX_PEOPLE) throw new PopulationFileError(`${name} line ${line}: people must be a whole number`);
        if (rows.has(`${band}|${value}`)) throw new PopulationFileError(`${name} line ${line}: ${band} ${value} appears more than once`);
        rows.set(`${band}|${value}`, { band: band as EquityBand, value, people });
      }
    } catch (error) {
      if (error instanceof CsvError) throw new PopulationFileError(`${name}: not a CSV file we can read (${error.message})`);
      throw error;
    }
    if (!rows.size) throw new PopulationFileError(`${name}: no figures in it`);
    await this.dataSource.transaction(async (em) => {
      await em.query('DELETE FROM area_population');
      await em.query(
        'INSERT INTO area_population (band, value, people) SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(band equity_band, value text, people int)',
        [JSON.stringify([...rows.values()])],
      );
      await em.query(
        `INSERT INTO app_meta (key, value) VALUES ('population.loaded', $1)
         ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
        [JSON.stringify({ file: name, source })],
      );
    });
    return { file: name, source, bands: [...new Set([...rows.values()].map((r) => r.band))] };
  }
}
