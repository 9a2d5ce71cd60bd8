import * as fs from 'node:fs';
import { once } from 'node:events';
import { outcodeCentroid } from '@app/geo';

/** The columns of the ONS Postcode Directory (ONSPD), as published. */
export const ONSPD_HEADER =
  'pcd,pcd2,pcds,dointr,doterm,oscty,ced,oslaua,osward,parish,usertype,oseast1m,osnrth1m,osgrdind,oshlthau,nhser,ctry,rgn,streg,pcon,eer,teclec,ttwa,pct,itl,statsward,oa01,casward,npark,lsoa01,msoa01,ur01ind,oac01,oa11,lsoa11,msoa11,wz11,sicbl,bua22,ru11ind,oac11,lat,long,lep1,lep2,pfa,imd,calncv,icb,oa21,lsoa21,msoa21';

export interface OnspdRow {
  postcode: string;
  latitude: number | null;
  longitude: number | null;
  district?: string;
  lsoa?: string;
  /** YYYYMM */
  terminated?: string;
}

/** One ONSPD line, quoted as ONS quote it; a row without a position gets grid indicator 9 and latitude 99.999999. */
export function onspdLine(r: OnspdRow): string {
  const [outward, inward] = r.postcode.split(' ');
  const values: Record<string, string> = {
    pcd: `${outward.padEnd(4)}${inward}`,
    pcd2: `${outward.padEnd(5)}${inward}`,
    pcds: r.postcode,
    dointr: '198001',
    doterm: r.terminated ?? '',
    oslaua: r.district ?? 'E08000003',
    usertype: '0',
    osgrdind: r.latitude === null ? '9' : '1',
    ctry: 'E92000001',
    lat: r.latitude === null ? '99.999999' : r.latitude.toFixed(6),
    long: r.longitude === null ? '0.000000' : r.longitude.toFixed(6),
    lsoa21: r.lsoa ?? 'E01005062',
    imd: '1234',
  };
  return ONSPD_HEADER.split(',')
    .map((column) => `"${values[column] ?? ''}"`)
    .join(',');
}

const LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

/**
 * Writes an ONSPD-shaped file of `count` made-up postcodes spread over the real outward codes, each
 * near its outward code's centre; one in 9 terminated, one in 50 without a position.
 */
export async function writeOnspdFile(file: string, count: number, outcodes: readonly string[]): Promise<void> {
  const out = fs.createWriteStream(file);
  out.write(`${ONSPD_HEADER}\n`);
  let written = 0;
  let batch: string[] = [];
  for (let i = 0; written < count; i++) {
    const outward = outcodes[i % outcodes.length];
    const n = Math.floor(i / outcodes.length);
    const inward = `${n % 10}${LETTERS[Math.floor(n / 10) % 20]}${LETTERS[Math.floor(n / 200) % 20]}`;
    if (n >= 4000) throw new Error('too many rows for these outward codes');
    const centre = outcodeCentroid(outward)!;
    const jitter = (seed: number) => (((seed * 9301 + 49297) % 233280) / 233280 - 0.5) * 0.02;
    const positioned = written % 50 !== 49;
    batch.push(
      onspdLine({
        postcode: `${outward} ${inward}`,
        latitude: positioned ? centre.latitude + jitter(i) : null,
        longitude: positioned ? centre.longitude + jitter(i + 7) : null,
        district: `E0800000${i % 10}`,
        terminated: written % 9 === 8 ? '201906' : undefined,
      }),
    );
    written++;
    if (batch.length === 5000) {
      if (!out.write(`${batch.join('\n')}\n`)) await once(out, 'drain');
      batch = [];
    }
  }
  out.end(batch.length ? `${batch.join('\n')}\n` : '');
  await once(out, 'finish');
}
