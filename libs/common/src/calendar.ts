/**
 * Calendar days as "YYYY-MM-DD" strings in UTC: the one way the product counts days and months.
 */

/** "YYYY-MM-DD" of a moment, in UTC. */
export function isoDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000));
}

/**
 * The same day of the month `months` later (or earlier), or the month's last day when it has no such
 * day: 31 January + 1 month is 28 (or 29) February, and 31 August + 6 months is 28 February — never
 * spilling into March.
 */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return isoDay(target);
}

/** "YYYY-MM" of a moment, in UTC: the period of a monthly return. */
export function isoMonth(at: Date): string {
  return at.toISOString().slice(0, 7);
}

/** "YYYY-Qn" of a moment, in UTC: the period of a quarterly return. */
export function isoQuarter(at: Date): string {
  return `${at.getUTCFullYear()}-Q${Math.floor(at.getUTCMonth() / 3) + 1}`;
}

/**
 * The moment `days` working days (Monday to Friday) after `at`, at the same time of day: a referral
 * made on Friday and given 5 working days is due the next Friday. Bank holidays count as working days.
 */
export function addWorkingDays(at: Date, days: number): Date {
  const result = new Date(at);
  let left = days;
  while (left > 0) {
    result.setUTCDate(result.getUTCDate() + 1);
    const weekday = result.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return result;
}
