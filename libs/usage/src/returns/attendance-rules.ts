import { FieldProblem } from '@app/common';
import { ScheduleSlot, sessionsInMonth } from '@app/directory';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "March 2026" for "2026-03". */
export function monthName(month: string): string {
  return `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/**
 * Figures a return cannot hold without the leader confirming them: more sessions than the listing's
 * schedule has in the month, or more attendances than its places allow over those sessions.
 */
export function unusualAttendance(
  figures: { month: string; sessionsRun: number; attendances: number },
  activity: { placesPerSession: number | null; schedule: ScheduleSlot[] },
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const scheduled = activity.schedule.length ? sessionsInMonth(activity.schedule, figures.month) : undefined;
  if (scheduled !== undefined && figures.sessionsRun > scheduled) {
    problems.push({
      field: 'sessionsRun',
      message: `is more than the ${scheduled} sessions the listing shows in ${monthName(figures.month)}. Check it, or confirm the figures are right`,
    });
  }
  const sessions = scheduled === undefined ? figures.sessionsRun : Math.max(scheduled, figures.sessionsRun);
  if (activity.placesPerSession !== null && figures.attendances > activity.placesPerSession * sessions) {
    problems.push({
      field: 'attendances',
      message: `is more than ${activity.placesPerSession} places × ${sessions} sessions = ${activity.placesPerSession * sessions}. Check it, or confirm the figures are right`,
    });
  }
  return problems;
}
