import * as path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Injectable, Optional } from '@nestjs/common';
import { CsvError, parse } from 'csv-parse';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import { Progress } from '@app/common';
import { ADVISORY_LOCKS } from '@app/database';
import { detectFormat, districtNameColumns, GazetteerFormat, GazetteerRecord } from './gazetteer-formats';
import { CsvSource, openGazetteerFiles } from './gazetteer-files';
import { Locator } from '../locator';
import { refreshOutcodeDeciles } from '../../deprivation/outcode-deciles';

export interface GazetteerLoadReport {
  format: GazetteerFormat['name'];
  file: string;
  postcodes: number;
  terminated: number;
  /** Rows the file gives no position for (ONS grid indicator 9, Code-Point quality 90): not loaded. */
  withoutCoordinates: number;
  /** Rows whose postcode is not a UK postcode: not loaded. */
  invalid: number;
  districts: number;
  seconds: number;
  tableBytes: number;
}

export class GazetteerFileError extends Error {}

export function gazetteerReportText(r: GazetteerLoadReport): string {
  const mib = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MiB`;
  return [
    `loaded ${r.postcodes.toLocaleString('en-GB')} postcodes from ${r.file} (${r.format}) in ${r.seconds.toFixed(1)} s; table ${mib(r.tableBytes)}`,
    `  terminated (kept, flagged): ${r.terminated.toLocaleString('en-GB')}`,
    `  without a position (left out): ${r.withoutCoordinates.toLocaleString('en-GB')}`,
    `  not a UK postcode (left out): ${r.invalid.toLocaleString('en-GB')}`,
    `  local authority districts: ${r.districts}`,
  ].join('\n');
}

const COLUMNS = 'postcode, outcode, latitude, longitude, district, lsoa, terminated_on';
/** A real row is under 1 KB; a hostile file with one endless field is refused rather than held in memory. */
const MAX_ROW_BYTES = 64 * 1024;
/** COPY text lines are sent in batches of this many rows. */
const BATCH = 2000;

/**
 * Loads a postcode gazetteer file into a new table beside the one in use and swaps it in with one
 * short transaction: searches keep answering from the old one throughout, and a load that fails
 * for any reason leaves the old one in place.
 */
@Injectable()
export class GazetteerLoader {
  constructor(
    private readonly dataSource: DataSource,
    @Optional() private readonly locator?: Locator,
  ) {}

  async load(file: string, options: { progress?: boolean } = {}): Promise<GazetteerLoadReport> {
    const started = process.hrtime.bigint();
    const files = await openGazetteerFiles(file).catch((error: Error) => {
      throw new GazetteerFileError(`cannot read ${file}: ${error.message}`);
    });
    const runner = this.dataSource.createQueryRunner();
    const client = await runner.connect();
    try {
      const [{ locked }] = await runner.query('SELECT pg_try_advisory_lock($1) AS locked', [ADVISORY_LOCKS.postcodeLoad]);
      if (!locked) throw new GazetteerFileError('another postcode load is running; try again when it has finished');
      try {
        if (!files.data.length) throw new GazetteerFileError(`${file} holds no CSV file`);
        await runner.query('DROP TABLE IF EXISTS postcodes_next');
        await runner.query(`CREATE TABLE postcodes_next (
          postcode character varying(8) NOT NULL, outcode character varying(4) NOT NULL,
          latitude double precision NOT NULL, longitude double precision NOT NULL,
          district character varying(9), lsoa character varying(9), terminated_on date)`);
        const counts = { postcodes: 0, terminated: 0, withoutCoordinates: 0, invalid: 0 };
        const districts = new Set<string>();
        const progress = options.progress
          ? new Progress(
              'postcodes',
              files.data.reduce((sum, f) => sum + f.bytes, 0),
            )
          : undefined;
        let format: GazetteerFormat | undefined;
        let bytesBefore = 0;

        async function* lines(): AsyncGenerator<string> {
          for (const source of files.data) {
            let first = true;
            let batch: string[] = [];
            const counted = await counting(source, (bytes) => progress?.update(bytesBefore + bytes));
            for await (const row of counted.pipe(
              parse({ relax_column_count: true, bom: true, skip_empty_lines: true, max_record_size: MAX_ROW_BYTES }),
            ) as AsyncIterable<string[]>) {
              if (first) {
                first = false;
                format ??= detectFormat(row);
                if (!format)
                  throw new GazetteerFileError(`${source.name}: not an ONSPD, NSPL or Code-Point Open file (first row: ${row.slice(0, 5).join(',')})`);
                if (format.headerRow) continue;
              }
              const record = format!.read(row);
              if (record === 'invalid') counts.invalid++;
              else if (record === 'no-coordinates') counts.withoutCoordinates++;
              else {
                counts.postcodes++;
                if (record.terminatedOn) counts.terminated++;
                if (record.district) districts.add(record.district);
                batch.push(copyLine(record));
                if (batch.length === BATCH) {
                  yield batch.join('');
                  batch = [];
                }
              }
            }
            if (batch.length) yield batch.join('');
            bytesBefore += source.bytes;
          }
        }

        await pipeline(Readable.from(lines()), client.query(copyFrom(`COPY postcodes_next (${COLUMNS}) FROM STDIN`))).catch((error: Error) => {
          throw error instanceof CsvError ? new GazetteerFileError(`${file}: not a CSV file we can read (${error.message})`) : error;
        });
        if (!counts.postcodes) throw new GazetteerFileError(`${file}: no postcode with a position in it`);
        await runner.query('ALTER TABLE postcodes_next ADD CONSTRAINT postcodes_next_pkey PRIMARY KEY (postcode)').catch((error: Error) => {
          throw new GazetteerFileError(`${file}: a postcode appears more than once (${error.message})`);
        });
        const names = files.districtNames ? await districtNames(files.districtNames) : new Map<string, string>();

        await runner.startTransaction();
        try {
          await runner.query('LOCK TABLE postcodes IN ACCESS EXCLUSIVE MODE');
          await runner.query('DROP TABLE postcodes');
          await runner.query('ALTER TABLE postcodes_next RENAME TO postcodes');
          await runner.query('ALTER TABLE postcodes RENAME CONSTRAINT postcodes_next_pkey TO postcodes_pkey');
          await runner.query('DELETE FROM postcode_districts');
          const codes = [...districts].sort();
          await runner.query('INSERT INTO postcode_districts (code, name) SELECT code, $2::jsonb ->> code FROM unnest($1::text[]) AS c(code)', [
            codes,
            JSON.stringify(Object.fromEntries(names)),
          ]);
          await runner.query(
            `INSERT INTO app_meta (key, value) VALUES ('postcodes.loaded', $1)
             ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
            [JSON.stringify({ format: format!.name, file: path.basename(file), postcodes: counts.postcodes })],
          );
          await runner.commitTransaction();
          this.locator?.forget();
        } catch (error) {
          await runner.rollbackTransaction();
          throw error;
        }
        // Derived, so rebuilt after the swap rather than under its lock.
        await this.dataSource.transaction((em) => refreshOutcodeDeciles(em));
        const [{ bytes }] = await runner.query("SELECT pg_total_relation_size('postcodes') AS bytes");
        return {
          format: format!.name,
          file: path.basename(file),
          ...counts,
          districts: districts.size,
          seconds: Number(process.hrtime.bigint() - started) / 1e9,
          tableBytes: Number(bytes),
        };
      } finally {
        await runner.query('DROP TABLE IF EXISTS postcodes_next');
        await runner.query('SELECT pg_advisory_unlock($1)', [ADVISORY_LOCKS.postcodeLoad]);
      }
    } finally {
      files.close();
      await runner.release();
    }
  }
}

/** One row in COPY's text format (no value can hold a tab or a backslash: each was checked or parsed). */
function copyLine(r: GazetteerRecord): string {
  const value = (v: string | number | null) => (v === null ? '\\N' : String(v));
  return `${[r.postcode, r.postcode.split(' ')[0], r.latitude, r.longitude, r.district, r.lsoa, r.terminatedOn].map(value).join('\t')}\n`;
}

/** The source's stream, reporting how many of its bytes have been read so far. */
async function counting(source: CsvSource, onBytes: (bytes: number) => void): Promise<Readable> {
  const stream = await source.open();
  let bytes = 0;
  let reported = 0;
  return stream.pipe(
    new Transform({
      transform(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        if (bytes - reported > 1 << 20) {
          reported = bytes;
          onBytes(Math.min(bytes, source.bytes));
        }
        done(null, chunk);
      },
      flush(done) {
        onBytes(source.bytes);
        done();
      },
    }),
  );
}

async function districtNames(source: CsvSource): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  let columns: { code: number; name: number } | undefined;
  for await (const row of (await source.open()).pipe(parse({ relax_column_count: true, bom: true, max_record_size: MAX_ROW_BYTES })) as AsyncIterable<
    string[]
  >) {
    if (!columns) {
      columns = districtNameColumns(row);
      if (!columns) return names;
    } else if (row[columns.code] && row[columns.name]) names.set(row[columns.code].trim(), row[columns.name].trim().slice(0, 100));
  }
  return names;
}
