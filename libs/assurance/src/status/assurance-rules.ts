import { EvidenceStatus } from '../assurance-enums';

export const ASSURANCE_MONTHS = 12;
export { addDays, EXPIRING_WITHIN_DAYS, isoDay, effectiveAssuranceStatus as effectiveStatus } from '@app/directory';
import { isoDay } from '@app/directory';

export function addMonths(day: string, months: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate()));
  // 31 January + 1 month is the last day of February, not 3 March.
  if (target.getUTCDate() !== d.getUTCDate()) target.setUTCDate(0);
  return isoDay(target);
}

export interface EvidenceDates {
  issuedOn: string | null;
  expiresOn: string | null;
  providedAt: Date | null;
}

/** The last day the evidence holds: its own expiry date, or its issue date plus the item's validity. */
export function evidenceExpiry(e: EvidenceDates, validityMonths: number | null): string | null {
  const fromValidity = validityMonths ? addMonths(e.issuedOn ?? (e.providedAt ? isoDay(e.providedAt) : isoDay(new Date())), validityMonths) : null;
  if (e.expiresOn && fromValidity) return e.expiresOn < fromValidity ? e.expiresOn : fromValidity;
  return e.expiresOn ?? fromValidity;
}

/** Stored status, with EXPIRED for provided evidence whose last day has passed. */
export function effectiveEvidenceStatus(stored: EvidenceStatus, expiry: string | null, today: string): EvidenceStatus {
  if (stored === EvidenceStatus.MISSING) return stored;
  return expiry && expiry < today ? EvidenceStatus.EXPIRED : stored;
}

/** An assurance runs to the earliest evidence expiry, and never more than twelve months. */
export function assuredUntil(decidedOn: string, evidenceExpiries: (string | null)[]): string {
  return [addMonths(decidedOn, ASSURANCE_MONTHS), ...evidenceExpiries.filter((d): d is string => !!d)].sort()[0];
}
