import proj4 from 'proj4';
import { normalisePostcode } from '../../postcode';

/** One gazetteer row as loaded; undefined fields are unknown in that format. */
export interface GazetteerRecord {
  postcode: string;
  latitude: number;
  longitude: number;
  district: string | null;
  lsoa: string | null;
  terminatedOn: string | null;
}

/** What a data row turns into: a record, or why it was left out. */
export type RowOutcome = GazetteerRecord | 'no-coordinates' | 'invalid';

export interface GazetteerFormat {
  name: 'ONSPD' | 'NSPL' | 'Code-Point Open';
  /** Whether the first row was the header (ONS files) or already data (Code-Point Open). */
  headerRow: boolean;
  read(row: string[]): RowOutcome;
}

// British National Grid (OSGB36) to WGS84 with the OS's 7-parameter transformation: within about 5 m.
const bngToWgs84 = proj4(
  '+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy +towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs',
  'WGS84',
);

const GSS = /^[EWSNLM]\d{8}$/;
const gss = (value: string | undefined) => (value && GSS.test(value) ? value : null);

/**
 * Recognises the file by its first row. ONSPD and NSPL share most columns (pcds, doterm, lat,
 * long) and differ in the district's name (oslaua, laua; lad25cd in newer editions); Code-Point
 * Open has no header row and gives eastings and northings.
 */
export function detectFormat(firstRow: string[]): GazetteerFormat | undefined {
  const header = firstRow.map((h) => h.trim().toLowerCase());
  const at = (...names: (string | RegExp)[]) => {
    for (const name of names) {
      const index = header.findIndex((h) => (typeof name === 'string' ? h === name : name.test(h)));
      if (index >= 0) return index;
    }
    return -1;
  };
  const postcode = at('pcds', 'pcd', 'pcd7', 'pcd8', 'pcd2');
  const [lat, long] = [at('lat'), at('long')];
  if (postcode >= 0 && lat >= 0 && long >= 0) {
    const district = at('oslaua', 'laua', /^lad\d\dcd$/);
    const lsoa = at('lsoa21', 'lsoa21cd', 'lsoa11', 'lsoa11cd');
    const terminated = at('doterm');
    return {
      name: header.includes('oslaua') || header.includes('osward') ? 'ONSPD' : 'NSPL',
      headerRow: true,
      read(row) {
        const normalised = normalisePostcode(row[postcode] ?? '');
        if (!normalised) return 'invalid';
        const [latitude, longitude] = [Number(row[lat]), Number(row[long])];
        // ONS marks a postcode with no grid reference with latitude 99.999999.
        if (!row[lat] || !(Math.abs(latitude) <= 90) || !Number.isFinite(longitude)) return 'no-coordinates';
        const term = terminated >= 0 ? /^(\d{4})(\d{2})$/.exec(row[terminated]?.trim() ?? '') : null;
        return {
          postcode: normalised,
          latitude,
          longitude,
          district: gss(row[district]),
          lsoa: gss(row[lsoa]),
          terminatedOn: term ? `${term[1]}-${term[2]}-01` : null,
        };
      },
    };
  }
  // Code-Point Open: Postcode, Positional_quality_indicator, Eastings, Northings, Country_code,
  // NHS_regional_HA_code, NHS_HA_code, Admin_county_code, Admin_district_code, Admin_ward_code.
  if (firstRow.length >= 9 && normalisePostcode(firstRow[0]) && /^\d+$/.test(firstRow[2]) && /^\d+$/.test(firstRow[3])) {
    return {
      name: 'Code-Point Open',
      headerRow: false,
      read(row) {
        const normalised = normalisePostcode(row[0] ?? '');
        if (!normalised) return 'invalid';
        const [easting, northing] = [Number(row[2]), Number(row[3])];
        // Quality 90: no coordinates.
        if (row[1] === '90' || !easting || !northing) return 'no-coordinates';
        const [longitude, latitude] = bngToWgs84.forward([easting, northing]);
        return {
          postcode: normalised,
          latitude: Math.round(latitude * 1e6) / 1e6,
          longitude: Math.round(longitude * 1e6) / 1e6,
          district: gss(row[8]),
          lsoa: null,
          terminatedOn: null,
        };
      },
    };
  }
  return undefined;
}

/** ONS "LA_UA names and codes" files: LAD23CD, LAD23NM … */
export function districtNameColumns(header: string[]): { code: number; name: number } | undefined {
  const lower = header.map((h) => h.trim().toLowerCase());
  const code = lower.findIndex((h) => /^(lad|laua)\d*cd$/.test(h));
  const name = lower.findIndex((h) => /^(lad|laua)\d*nm$/.test(h));
  return code >= 0 && name >= 0 ? { code, name } : undefined;
}
