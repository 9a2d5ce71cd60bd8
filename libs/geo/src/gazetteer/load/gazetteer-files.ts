import * as fs from 'node:fs';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import * as yauzl from 'yauzl';

/** One CSV inside what was given: the file itself, or an entry of the published zip. */
export interface CsvSource {
  name: string;
  /** Its size as read (uncompressed), for the progress bar. */
  bytes: number;
  open(): Promise<Readable>;
}

export interface GazetteerFiles {
  /** The postcode rows: one big CSV (ONSPD, NSPL), or one per postcode area (Code-Point Open). */
  data: CsvSource[];
  /** The ONS district names file, when the zip has one. */
  districtNames?: CsvSource;
  close(): void;
}

const openZip = promisify<string, yauzl.Options, yauzl.ZipFile>(yauzl.open);

/** Opens a `.csv`, or a published `.zip` and finds its data files without unpacking it. */
export async function openGazetteerFiles(file: string): Promise<GazetteerFiles> {
  if (!/\.zip$/i.test(file)) {
    const { size } = await fs.promises.stat(file);
    return { data: [{ name: file, bytes: size, open: () => Promise.resolve(fs.createReadStream(file)) }], close: () => undefined };
  }
  const zip = await openZip(file, { lazyEntries: true, autoClose: false });
  const entries = await readEntries(zip);
  const source = (entry: yauzl.Entry): CsvSource => ({
    name: entry.fileName,
    bytes: entry.uncompressedSize,
    open: () => promisify<yauzl.Entry, Readable>(zip.openReadStream.bind(zip))(entry),
  });
  const csvs = entries.filter((e) => /\.csv$/i.test(e.fileName) && !/(^|\/)(multi_csv)\//i.test(e.fileName));
  const documents = (e: yauzl.Entry) => /(^|\/)(documents?|doc|user guide)\//i.test(e.fileName);
  const data = csvs.filter((e) => !documents(e));
  // ONSPD and NSPL ship the whole UK in one file beside per-area copies; take the one.
  const whole = data.filter((e) => /_UK(_[A-Z]+)?\.csv$/i.test(e.fileName));
  const names = csvs.find((e) => documents(e) && /LA_?UA names and codes/i.test(e.fileName));
  return {
    data: (whole.length ? whole : data).sort((a, b) => a.fileName.localeCompare(b.fileName)).map(source),
    districtNames: names && source(names),
    close: () => zip.close(),
  };
}

function readEntries(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}
