import { addDays } from '@app/common';
import { AssuranceStatus } from './organisation-enums';

export const EXPIRING_WITHIN_DAYS = 30;

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
