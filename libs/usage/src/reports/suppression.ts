/**
 * How reports about people protect individuals (the README's "suppression rule"):
 *
 * - periods are whole calendar months (a range is widened to the months it touches), so two
 *   overlapping requests can differ only by whole months, never by a day;
 * - every count about people is rounded to the nearest 5, so the difference of two reports never
 *   gives an exact small number;
 * - a true count from 1 to 4 is withheld (null) and its row flagged.
 */
export const SUPPRESS_BELOW = 5;
export const ROUND_TO = 5;

export function isDisclosive(count: number | null | undefined): boolean {
  return typeof count === 'number' && count >= 1 && count < SUPPRESS_BELOW;
}

/** A count as a report may show it: null when disclosive, otherwise rounded to the nearest 5. */
export function protectedCount(count: number): number | null {
  return isDisclosive(count) ? null : Math.round(count / ROUND_TO) * ROUND_TO;
}

/** Rounds and withholds every count about people in a row, flagging the row when any is withheld. */
export function suppress<T extends Record<string, unknown>>(row: T, peopleCounts: (keyof T)[]): T & { suppressed: boolean } {
  const out: Record<string, unknown> = { ...row };
  let suppressed = false;
  for (const key of peopleCounts) {
    const count = row[key] as number;
    out[key as string] = protectedCount(count);
    if (isDisclosive(count)) suppressed = true;
  }
  return { ...(out as T), suppressed };
}

/** The whole calendar months a range of days touches: from the 1st of the first to the last day of the last. */
export function wholeMonths(range: { from: string; to: string }): { from: string; to: string } {
  const [toYear, toMonth] = range.to.split('-').map(Number);
  const lastDay = new Date(Date.UTC(toYear, toMonth, 0)).getUTCDate();
  return { from: `${range.from.slice(0, 7)}-01`, to: `${range.to.slice(0, 7)}-${String(lastDay).padStart(2, '0')}` };
}
