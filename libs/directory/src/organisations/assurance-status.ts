import { AssuranceStatus } from './organisation-enums';

export const EXPIRING_WITHIN_DAYS = 30;

/** "YYYY-MM-DD" of a moment, in UTC. */
export function isoDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return isoDay(new Date(new Date(`${day}T00:00:00Z`).getTime() + days * 86_400_000));
}

/**
 * What an organisation's stored status means on a given day: an assurance past its date has LAPSED
 * and one within 30 days of it is EXPIRING, even before the scheduled job has written that down.
 */
export function effectiveAssuranceStatus(stored: AssuranceStatus, assuredUntil: string | null, today: string): AssuranceStatus {
  if ((stored !== AssuranceStatus.ASSURED && stored !== AssuranceStatus.EXPIRING) || !assuredUntil) return stored;
  if (assuredUntil < today) return AssuranceStatus.LAPSED;
  if (assuredUntil <= addDays(today, EXPIRING_WITHIN_DAYS)) return AssuranceStatus.EXPIRING;
  return AssuranceStatus.ASSURED;
}
