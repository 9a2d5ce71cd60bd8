import { Inject, Injectable } from '@nestjs/common';
import { BadUserInputError, CLOCK, Clock } from '@app/common';
import { Transactions } from '@app/database';
import { TaxonomyKind, TaxonomyService } from '@app/taxonomy';
import { assertReportRange } from '../reports/report-range';
import { ReportRange } from '../reports/reports.types';
import { protectedCount } from '../reports/suppression';
import { BAND_COLUMN, BAND_VALUES, EquityBand, NOT_RECORDED } from './equity-bands';
import { LOWER_IS_BETTER, MEASURE_ITEMS, WellbeingItem, WellbeingMeasure } from './wellbeing-enums';
import { WellbeingGrouping, WellbeingReportType, WellbeingRowType } from './wellbeing-report.types';

/** A quarter's cell about fewer people than this is withheld from every figure. */
export const WELLBEING_SUPPRESS_BELOW = 10;

/** Where a pair (first contact and its follow-up) falls, for each grouping; a pair may fall in several needs or activities. */
const KEY: Record<WellbeingGrouping, string> = {
  ALL: `'ALL'`,
  QUARTER: `to_char(p.follow_on, 'YYYY-"Q"Q')`,
  ...(Object.fromEntries(Object.values(EquityBand).map((band) => [band, `COALESCE(p.${BAND_COLUMN[band]}::text, '${NOT_RECORDED}')`])) as Record<
    EquityBand,
    string
  >),
  PCN: `COALESCE(NULLIF(btrim(u.organisation_name), ''), 'NOT_RECORDED')`,
  NEED: `COALESCE(k.key, 'NONE')`,
  ACTIVITY: `COALESCE(k.key, 'NONE')`,
  ORGANISATION: `COALESCE(k.key, 'NONE')`,
};
const CONNECTED_KEY: Partial<Record<WellbeingGrouping, string>> = {
  NEED: 'unnest(c.needs)',
  ACTIVITY: 'c.activity_id::text',
  ORGANISATION: 'c.organisation_id::text',
};

/** One quarter × row cell's sums for one item; with item null, the cell's number of people. */
interface CellRow {
  quarter: string;
  key: string;
  item: WellbeingItem | null;
  people: number;
  sum_first: number;
  sum_follow: number;
  improved: number;
}

interface Cell {
  quarter: string;
  key: string;
  people: number;
  items: Map<WellbeingItem, { sumFirst: number; sumFollow: number; improved: number }>;
  withheld: boolean;
}

/**
 * Change in wellbeing between first contact and follow-up, for commissioners. People are counted
 * by their follow-up's quarter; a quarter's cell of fewer than 10 people is left out of every row,
 * with one more beside it when it is the only one, so neither overlapping ranges nor a grouping's
 * total can be differenced back to it.
 */
@Injectable()
export class WellbeingReport {
  constructor(
    private readonly transactions: Transactions,
    private readonly taxonomy: TaxonomyService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * The change for people connected to one organisation's activities in a calendar year: its row of
   * the by-organisation report, so a group sees exactly what commissioners see of it, withheld alike.
   */
  async forOrganisation(organisationId: string, year: number | null): Promise<WellbeingReportType> {
    const thisYear = this.clock.now().getUTCFullYear();
    year ??= thisYear;
    if (year < 2020 || year > thisYear) throw BadUserInputError.field('year', `must be from 2020 to ${thisYear}`);
    return this.report({ from: `${year}-01-01`, to: `${year}-12-31` }, WellbeingGrouping.ORGANISATION, organisationId);
  }

  /** The report, or (`onlyRow`) one row of it, withheld as in the whole report. */
  async report(requested: ReportRange, groupBy: WellbeingGrouping, onlyRow: string | null = null): Promise<WellbeingReportType> {
    assertReportRange(requested, this.taxonomy);
    if (requested.area) throw BadUserInputError.field('area', 'is not available here: people’s postcodes are not kept');
    const range = wholeQuarters(requested);

    const cells = withhold(toCells(await this.cellRows(range, groupBy, requested.need ?? null, onlyRow)));
    const byKey = new Map<string, Cell[]>();
    for (const cell of cells) if (onlyRow === null || cell.key === onlyRow) byKey.set(cell.key, [...(byKey.get(cell.key) ?? []), cell]);
    const labels = await this.labels(groupBy, [...byKey.keys()]);
    const items = MEASURE_ITEMS[WellbeingMeasure.ONS4];
    const rows: WellbeingRowType[] = [...byKey].map(([key, keyCells]) => {
      const shown = keyCells.filter((c) => !c.withheld);
      const people = shown.reduce((n, c) => n + c.people, 0);
      return {
        key,
        label: labels.get(key) ?? key,
        people: people ? protectedCount(people) : null,
        suppressed: keyCells.some((c) => c.withheld),
        items: items.map((item) => {
          const sums = shown.map((c) => c.items.get(item)).filter((s) => !!s);
          const total = (pick: (s: (typeof sums)[number]) => number) => sums.reduce((n, s) => n + pick(s), 0);
          return people
            ? {
                item,
                meanFirst: round(total((s) => s.sumFirst) / people, 1),
                meanFollowUp: round(total((s) => s.sumFollow) / people, 1),
                meanChange: round((total((s) => s.sumFollow) - total((s) => s.sumFirst)) / people, 1),
                improvedShare: round(total((s) => s.improved) / people, 2),
              }
            : { item, meanFirst: null, meanFollowUp: null, meanChange: null, improvedShare: null };
        }),
      };
    });
    return { from: range.from, to: range.to, groupBy, rows: rows.sort((a, b) => order(groupBy, a, b)) };
  }

  /** Each cell's people, and its score sums: for every row, or (`sumsFor`) for one row only. */
  private cellRows(range: { from: string; to: string }, groupBy: WellbeingGrouping, need: string | null, sumsFor: string | null): Promise<CellRow[]> {
    const connected = CONNECTED_KEY[groupBy];
    return this.transactions.tx.query(
      `WITH p AS (
         SELECT f.id AS pair, r.id AS first_id, f.id AS follow_id, r.link_worker_id, r.person_ref_hash, r.recorded_on AS first_on,
                f.recorded_on AS follow_on, r.age_band, r.sex, r.ethnic_group, r.deprivation_decile
           FROM wellbeing_records f JOIN wellbeing_records r ON r.id = f.first_contact_id
          WHERE f.occasion = 'FOLLOW_UP' AND f.recorded_on BETWEEN $1::date AND $2::date
            AND ($3::text IS NULL OR EXISTS (
                  SELECT 1 FROM connections c WHERE c.link_worker_id = r.link_worker_id AND c.person_ref_hash = r.person_ref_hash
                     AND c.created_at::date BETWEEN r.recorded_on AND f.recorded_on AND $3 = ANY(c.needs)))),
       -- Each pair's row keys first (a pair may fall in several needs or activities), then its scores.
       keyed AS MATERIALIZED (
         SELECT p.pair, p.first_id, p.follow_id, to_char(p.follow_on, 'YYYY-"Q"Q') AS quarter, ${KEY[groupBy]} AS key
           FROM p
           ${groupBy === WellbeingGrouping.PCN ? 'JOIN users u ON u.id = p.link_worker_id' : ''}
           ${
             connected
               ? `LEFT JOIN LATERAL (SELECT DISTINCT ${connected} AS key FROM connections c
                    WHERE c.link_worker_id = p.link_worker_id AND c.person_ref_hash = p.person_ref_hash
                      AND c.created_at::date BETWEEN p.first_on AND p.follow_on) k ON true`
               : ''
           }),
       s AS (
         SELECT keyed.pair, keyed.quarter, keyed.key, s1.item, s1.score AS first, s2.score AS follow
           FROM keyed
           JOIN wellbeing_scores s1 ON s1.record_id = keyed.first_id
           JOIN wellbeing_scores s2 ON s2.record_id = keyed.follow_id AND s2.item = s1.item
          WHERE $5::text IS NULL OR keyed.key = $5)
       SELECT quarter, key, item, count(*)::int AS people, sum(first)::int AS sum_first, sum(follow)::int AS sum_follow,
              count(*) FILTER (WHERE CASE WHEN item::text = ANY($4::text[]) THEN follow <= first - 1 ELSE follow >= first + 1 END)::int AS improved
         FROM s GROUP BY quarter, key, item
       UNION ALL
       -- Every record has every item, so a cell's people are its pairs; counted for every row, as withholding needs them all.
       SELECT quarter, key, NULL, count(DISTINCT pair)::int, 0, 0, 0 FROM keyed GROUP BY quarter, key`,
      [range.from, range.to, need, [...LOWER_IS_BETTER], sumsFor],
    );
  }

  private async labels(groupBy: WellbeingGrouping, keys: string[]): Promise<Map<string, string>> {
    const fixed: Record<string, string> = { NOT_RECORDED: 'Not recorded', NONE: 'No connection recorded', ALL: 'Everyone' };
    const named = async (sql: string) => {
      const rows: { id: string; name: string }[] = await this.transactions.tx.query(sql, [keys.filter((k) => !(k in fixed))]);
      return new Map(rows.map((r) => [r.id, r.name]));
    };
    const byGroup: Partial<Record<WellbeingGrouping, () => Promise<Map<string, string>> | Map<string, string>>> = {
      NEED: () => new Map(keys.filter((k) => !(k in fixed)).map((k) => [k, this.taxonomy.label(TaxonomyKind.NEED, k)])),
      ACTIVITY: () => named('SELECT id::text, title AS name FROM activities WHERE id::text = ANY($1::text[])'),
      ORGANISATION: () => named('SELECT id::text, name FROM organisations WHERE id::text = ANY($1::text[])'),
      QUARTER: () => new Map(keys.map((k) => [k, k.replace('-', ' ')])),
    };
    const band = bandOf(groupBy);
    const specific = band ? Object.entries(BAND_VALUES[band]) : ((await byGroup[groupBy]?.()) ?? []);
    return new Map([...Object.entries(fixed), ...specific]);
  }
}

function toCells(rows: CellRow[]): Cell[] {
  const cells = new Map<string, Cell>();
  for (const row of rows) {
    const id = `${row.quarter}|${row.key}`;
    const cell = cells.get(id) ?? { quarter: row.quarter, key: row.key, people: 0, items: new Map(), withheld: false };
    cells.set(id, cell);
    if (row.item === null) cell.people = row.people;
    else cell.items.set(row.item, { sumFirst: row.sum_first, sumFollow: row.sum_follow, improved: row.improved });
  }
  return [...cells.values()];
}

/** Withholds each quarter's small cells, and the next smallest beside a lone one, so that no total gives it away. */
function withhold(cells: Cell[]): Cell[] {
  for (const quarter of new Set(cells.map((c) => c.quarter))) {
    const inQuarter = cells.filter((c) => c.quarter === quarter).sort((a, b) => a.people - b.people);
    for (const cell of inQuarter) cell.withheld = cell.people < WELLBEING_SUPPRESS_BELOW;
    const withheld = inQuarter.filter((c) => c.withheld).length;
    if (withheld === 1 && inQuarter.length > 1) inQuarter.find((c) => !c.withheld)!.withheld = true;
  }
  return cells;
}

/** A range widened to the calendar quarters it touches. */
export function wholeQuarters(range: { from: string; to: string }): { from: string; to: string } {
  const start = (day: string) => `${day.slice(0, 4)}-${String(Math.floor((Number(day.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
  const [year, month] = start(range.to).split('-').map(Number);
  const last = new Date(Date.UTC(year, month + 2, 0)).toISOString().slice(0, 10);
  return { from: start(range.from), to: last };
}

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

/** The equity band a grouping is, if it is one (the two enums share those names). */
const bandOf = (groupBy: WellbeingGrouping): EquityBand | undefined => (groupBy in BAND_VALUES ? (groupBy as string as EquityBand) : undefined);

/** Bands in their natural order, other groupings by label; "not recorded" and "none" last. */
function order(groupBy: WellbeingGrouping, a: WellbeingRowType, b: WellbeingRowType): number {
  const rank = (row: WellbeingRowType) => (row.key === 'NOT_RECORDED' || row.key === 'NONE' ? 1 : 0);
  const band = bandOf(groupBy);
  const known = band ? Object.keys(BAND_VALUES[band]) : undefined;
  return rank(a) - rank(b) || (known ? known.indexOf(a.key) - known.indexOf(b.key) : a.label.localeCompare(b.label, 'en-GB'));
}
