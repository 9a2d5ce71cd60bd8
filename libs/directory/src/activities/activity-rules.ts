import { FieldProblem } from '@app/common';
import { outcodeCentroid, outwardCode } from '@app/geo';
import { CapacityState, DeliveryMode, TimeOfDay } from './activity-enums';
import type { ActivityEntity } from './activity.entity';

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

/**
 * The figures that give a capacity state, keeping what the leader counted where it still holds:
 * spaces available keeps a positive count (else "not counted"); a waiting list keeps its length
 * (else starts at 0); full has no spaces and no waiting list.
 */
export function capacityFor(current: CapacityFigures, state: CapacityState): Required<Pick<CapacityFigures, 'spacesAvailable' | 'waitingList'>> {
  switch (state) {
    case CapacityState.SPACES_AVAILABLE:
      return {
        spacesAvailable: current.spacesAvailable && current.spacesAvailable > 0 ? current.spacesAvailable : null,
        waitingList: current.waitingList ?? null,
      };
    case CapacityState.WAITING_LIST:
      return { spacesAvailable: 0, waitingList: current.waitingList ?? 0 };
    case CapacityState.FULL:
      return { spacesAvailable: 0, waitingList: null };
  }
}

const DISTRICT = /^(E0[6-9]|W06|S12|N09)\d{6}$/;

/** A coverage area: known outward codes and well-formed district codes, for a service that comes to the person. */
export function coverageProblems(a: Pick<ActivityEntity, 'coverageOutcodes' | 'coverageDistricts' | 'deliveryMode'>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const unknown = a.coverageOutcodes.filter((code) => outwardCode(code) !== code || !outcodeCentroid(code));
  if (unknown.length) problems.push({ field: 'coverageOutcodes', message: `${unknown.slice(0, 5).join(', ')}: not a postcode area we know` });
  const malformed = a.coverageDistricts.filter((code) => !DISTRICT.test(code));
  if (malformed.length)
    problems.push({ field: 'coverageDistricts', message: `${malformed.slice(0, 5).join(', ')}: not a local authority district code (e.g. E08000003)` });
  if ((a.coverageOutcodes.length || a.coverageDistricts.length) && a.deliveryMode === DeliveryMode.IN_PERSON)
    problems.push({
      field: 'coverageOutcodes',
      message: 'only a service that comes to the person (home visit, phone or online) has a coverage area; an in-person group is found by its venue',
    });
  return problems;
}
