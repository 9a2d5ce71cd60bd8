import { DayOfWeek, Recurrence } from './activity-enums';
import type { ScheduleSlot } from './activity.entity';
import { isTimeOfDay, minutes } from './activity-rules';

const DAY_ORDER = Object.values(DayOfWeek);
const WEEKDAY_OF_UTC: readonly DayOfWeek[] = [
  DayOfWeek.SUNDAY,
  DayOfWeek.MONDAY,
  DayOfWeek.TUESDAY,
  DayOfWeek.WEDNESDAY,
  DayOfWeek.THURSDAY,
  DayOfWeek.FRIDAY,
  DayOfWeek.SATURDAY,
];
const DAY_MS = 86_400_000;

/** The day of the week of a "YYYY-MM-DD" day. */
export function weekdayOf(day: string): DayOfWeek {
  return WEEKDAY_OF_UTC[new Date(`${day}T00:00:00Z`).getUTCDay()];
}

export type FullSlot = Required<ScheduleSlot> & { recurrence: Recurrence };

/** A slot as stored, with its recurrence spelt out (slots saved before recurrences are WEEKLY). */
export function normaliseSlot(slot: ScheduleSlot): FullSlot {
  const recurrence = slot.recurrence ?? Recurrence.WEEKLY;
  return {
    day: slot.day,
    startTime: slot.startTime,
    endTime: slot.endTime,
    recurrence,
    firstDate: recurrence === Recurrence.FORTNIGHTLY ? (slot.firstDate ?? null) : null,
    weekOfMonth: recurrence === Recurrence.MONTHLY ? (slot.weekOfMonth ?? null) : null,
  };
}

/** Problems with a schedule as a whole (each slot's own times are checked by the input rules). */
export function scheduleProblems(slots: readonly ScheduleSlot[], field = 'schedule'): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const seen = new Set<string>();
  slots.map(normaliseSlot).forEach((slot, index) => {
    const at = `${field}.${index}`;
    if (isTimeOfDay(slot.startTime) && isTimeOfDay(slot.endTime) && minutes(slot.endTime) <= minutes(slot.startTime)) {
      problems.push({ field: `${at}.endTime`, message: 'must be after startTime' });
    }
    if (slot.recurrence === Recurrence.FORTNIGHTLY) {
      if (!slot.firstDate) problems.push({ field: `${at}.firstDate`, message: 'is needed for a fortnightly session: give the date of one of them' });
      else if (weekdayOf(slot.firstDate) !== slot.day)
        problems.push({ field: `${at}.firstDate`, message: `must be a ${slot.day.toLowerCase()}, the day the session is on` });
    }
    if (slot.recurrence === Recurrence.MONTHLY && ![1, 2, 3, 4, -1].includes(slot.weekOfMonth ?? 0)) {
      problems.push({ field: `${at}.weekOfMonth`, message: 'must be 1 to 4 (first to fourth), or -1 (the last) for a monthly session' });
    }
    const key = `${slot.day} ${slot.startTime} ${slot.recurrence} ${slot.weekOfMonth ?? ''}`;
    if (seen.has(key)) problems.push({ field: at, message: `repeats the ${slot.day} ${slot.startTime} slot` });
    seen.add(key);
  });
  return problems;
}

/** Slots in week order, then by start time. */
export function sortSchedule(slots: readonly ScheduleSlot[]): ScheduleSlot[] {
  return [...slots].sort((a, b) => DAY_ORDER.indexOf(a.day) - DAY_ORDER.indexOf(b.day) || minutes(a.startTime) - minutes(b.startTime));
}

/** The days ("YYYY-MM-DD") of a month ("YYYY-MM") on which a slot takes place. */
export function sessionDays(slot: ScheduleSlot, month: string): string[] {
  const s = normaliseSlot(slot);
  const [year, monthIndex] = [Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1];
  const last = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
  const days: string[] = [];
  for (let date = 1; date <= last; date++) {
    const day = new Date(Date.UTC(year, monthIndex, date)).toISOString().slice(0, 10);
    if (weekdayOf(day) === s.day) days.push(day);
  }
  if (s.recurrence === Recurrence.MONTHLY) {
    const nth = s.weekOfMonth === -1 ? days[days.length - 1] : days[(s.weekOfMonth ?? 1) - 1];
    return nth ? [nth] : [];
  }
  if (s.recurrence === Recurrence.FORTNIGHTLY && s.firstDate) {
    const anchor = Date.parse(`${s.firstDate}T00:00:00Z`);
    return days.filter((day) => Math.round((Date.parse(`${day}T00:00:00Z`) - anchor) / DAY_MS) % 14 === 0);
  }
  return days;
}

/** How many sessions a schedule holds in a month. */
export function sessionsInMonth(slots: readonly ScheduleSlot[], month: string): number {
  return slots.reduce((total, slot) => total + sessionDays(slot, month).length, 0);
}

/** Sessions in an average month: weekly 52/12, fortnightly 26/12, monthly 1. */
export function averageSessionsPerMonth(slots: readonly ScheduleSlot[]): number {
  const perMonth = { [Recurrence.WEEKLY]: 52 / 12, [Recurrence.FORTNIGHTLY]: 26 / 12, [Recurrence.MONTHLY]: 1 };
  return slots.reduce((total, slot) => total + perMonth[normaliseSlot(slot).recurrence], 0);
}
