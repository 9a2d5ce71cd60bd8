import { CapacityState, DayOfWeek, TimeOfDay } from './activity-enums';
import type { ScheduleSlot } from './activity.entity';

export interface CapacityFigures {
  placesPerSession?: number | null;
  spacesAvailable?: number | null;
  waitingList?: number | null;
}

/**
 * Spaces > 0 → SPACES_AVAILABLE; no spaces but a waiting list open (any count, even 0) → WAITING_LIST;
 * otherwise FULL. An activity that does not count its spaces (null) is open: SPACES_AVAILABLE.
 */
export function capacityState({ spacesAvailable, waitingList }: CapacityFigures): CapacityState {
  if (spacesAvailable === null || spacesAvailable === undefined || spacesAvailable > 0) return CapacityState.SPACES_AVAILABLE;
  if (waitingList !== null && waitingList !== undefined) return CapacityState.WAITING_LIST;
  return CapacityState.FULL;
}

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isTimeOfDay(value: unknown): value is string {
  return typeof value === 'string' && HH_MM.test(value);
}

/** Minutes after midnight of an "HH:MM" time. */
export function minutes(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + m;
}

/** Starts before 12:00 → MORNING, 12:00–16:59 → AFTERNOON, from 17:00 → EVENING. */
export function timeOfDay(startTime: string): TimeOfDay {
  const start = minutes(startTime);
  if (start < 12 * 60) return TimeOfDay.MORNING;
  if (start < 17 * 60) return TimeOfDay.AFTERNOON;
  return TimeOfDay.EVENING;
}

/** Problems with a schedule as a whole (each slot's own times are checked by the input rules). */
export function scheduleProblems(slots: readonly ScheduleSlot[], field = 'schedule'): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  slots.forEach((slot, index) => {
    if (isTimeOfDay(slot.startTime) && isTimeOfDay(slot.endTime) && minutes(slot.endTime) <= minutes(slot.startTime)) {
      problems.push({ field: `${field}.${index}.endTime`, message: 'must be after startTime' });
    }
  });
  const seen = new Set<string>();
  slots.forEach((slot, index) => {
    const key = `${slot.day} ${slot.startTime}`;
    if (seen.has(key)) problems.push({ field: `${field}.${index}`, message: `repeats the ${slot.day} ${slot.startTime} slot` });
    seen.add(key);
  });
  return problems;
}

const DAY_ORDER = Object.values(DayOfWeek);

/** Slots in week order, then by start time. */
export function sortSchedule(slots: readonly ScheduleSlot[]): ScheduleSlot[] {
  return [...slots].sort((a, b) => DAY_ORDER.indexOf(a.day) - DAY_ORDER.indexOf(b.day) || minutes(a.startTime) - minutes(b.startTime));
}
