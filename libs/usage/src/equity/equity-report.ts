import { Injectable } from '@nestjs/common';
import { BadUserInputError } from '@app/common';
import { TaxonomyKind, TaxonomyService } from '@app/taxonomy';
import { assertReportRange } from '../reports/report-range';
import { ReportRange } from '../reports/reports.types';
import { suppress, wholeMonths } from '../reports/suppression';
import { UsageFiguresRepository } from '../reports/usage-figures.repository';
import { BAND_VALUES, EquityBand, NOT_RECORDED } from '../wellbeing/equity-bands';
import { DeprivedAreaDemandType, EquityReportType } from './equity.types';

/** A search that found fewer activities than this found few. */
export const FEW_RESULTS_BELOW = 3;

const share = (part: number | null, whole: number) => (part === null || !whole ? null : Math.round((part / whole) * 1000) / 1000);

/**
 * Who the directory reaches: connections and attendance by the equity bands people gave at first
 * contact, beside the area's population; and the needs searched for from the most deprived areas
 * that found nothing or little. Counts about people are protected as in every usage report.
 */
@Injectable()
export class EquityReport {
  constructor(
    private readonly figures: UsageFiguresRepository,
    private readonly taxonomy: TaxonomyService,
  ) {}

  async byBand(requested: ReportRange, band: EquityBand): Promise<EquityReportType> {
    assertReportRange(requested, this.taxonomy);
    const range = { ...requested, ...wholeMonths(requested) };
    const counted = new Map((await this.figures.connectionsByBand(band, range)).map((r) => [r.key, r]));
    const population = await this.figures.areaPopulation(band);
    const keys = [...Object.keys(BAND_VALUES[band]), ...(counted.has(NOT_RECORDED) ? [NOT_RECORDED] : [])];
    const rows = keys.map((key) => {
      const { connections = 0, attended = 0, people = 0 } = counted.get(key) ?? {};
      return suppress({ key, label: BAND_VALUES[band][key] ?? 'Not recorded', people, connections, attended }, ['people', 'connections', 'attended']);
    });
    const recorded = rows.filter((r) => r.key !== NOT_RECORDED).reduce((n, r) => n + (r.connections ?? 0), 0);
    const residents = [...population.people.values()].reduce((n, p) => n + p, 0);
    return {
      from: range.from,
      to: range.to,
      band,
      populationSource: population.source,
      rows: rows.map((r) => ({
        ...r,
        connectionShare: r.key === NOT_RECORDED ? null : share(r.connections, recorded),
        populationShare: population.people.has(r.key) ? share(population.people.get(r.key)!, residents) : null,
      })),
    };
  }

  async deprivedAreaDemand(range: ReportRange, mostDeprived: number): Promise<DeprivedAreaDemandType> {
    assertReportRange(range, this.taxonomy);
    if (!Number.isInteger(mostDeprived) || mostDeprived < 1 || mostDeprived > 5)
      throw BadUserInputError.field('mostDeprivedDeciles', 'must be a whole number from 1 to 5');
    const byNeed = await this.figures.searchesByDeprivation(range, mostDeprived, FEW_RESULTS_BELOW);
    const needs = [...new Set(byNeed.map((r) => r.key))].map((key) => {
      const here = byNeed.find((r) => r.key === key && r.deprived) ?? { searches: 0, none: 0, few: 0 };
      const elsewhere = byNeed.find((r) => r.key === key && !r.deprived);
      return {
        key,
        label: this.taxonomy.label(TaxonomyKind.NEED, key),
        searches: here.searches,
        noResults: here.none,
        fewResults: here.few,
        shortShare: share(here.none + here.few, here.searches),
        shortShareElsewhere: elsewhere ? share(elsewhere.none + elsewhere.few, elsewhere.searches) : null,
      };
    });
    const areas = await this.figures.deprivedOutcodeSearches(range, mostDeprived, FEW_RESULTS_BELOW);
    const short = (r: { noResults: number; fewResults: number }) => r.noResults + r.fewResults;
    return {
      from: range.from,
      to: range.to,
      mostDeprivedDeciles: mostDeprived,
      fewerThan: FEW_RESULTS_BELOW,
      outcodesWithDecile: await this.figures.outcodesWithDecile(),
      needs: needs
        .filter((n) => n.searches > 0)
        .sort((a, b) => (b.shortShare ?? 0) - (a.shortShare ?? 0) || short(b) - short(a) || a.label.localeCompare(b.label, 'en-GB')),
      areas: areas
        .map((a) => ({ outcode: a.outcode, decile: a.decile, searches: a.searches, noResults: a.none, fewResults: a.few }))
        .sort((a, b) => short(b) - short(a) || a.outcode.localeCompare(b.outcode)),
    };
  }
}
