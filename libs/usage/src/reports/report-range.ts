import { BadUserInputError } from '@app/common';
import { TaxonomyKind, TaxonomyService } from '@app/taxonomy';
import { ReportRange } from './reports.types';

/** Every report's range: `to` not before `from`, at most three years, and a need (when given) that the taxonomy knows. */
export function assertReportRange(range: ReportRange, taxonomy: TaxonomyService): void {
  if (range.need) taxonomy.assertKnown(TaxonomyKind.NEED, [range.need], 'need');
  const days = (Date.parse(range.to) - Date.parse(range.from)) / 86_400_000;
  if (days < 0) throw BadUserInputError.field('range.to', 'must not be before from');
  if (days > 3 * 366) throw BadUserInputError.field('range', 'may span at most three years');
}
