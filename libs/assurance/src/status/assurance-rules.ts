import { EvidenceStatus } from '../assurance-enums';

import { addMonths, isoDay } from '@app/common';

export const ASSURANCE_MONTHS = 12;
export { EXPIRING_WITHIN_DAYS, effectiveAssuranceStatus as effectiveStatus } from '@app/directory';

export interface EvidenceDates {
  issuedOn: string | null;
  expiresOn: string | null;
  providedAt: Date | null;
}

/**
 * The last day the evidence holds: its own expiry date, or its issue date (else the day it was
 * provided, else `today`) plus the item's validity.
 */
export function evidenceExpiry(e: EvidenceDates, validityMonths: number | null, today: string): string | null {
  const fromValidity = validityMonths ? addMonths(e.issuedOn ?? (e.providedAt ? isoDay(e.providedAt) : today), validityMonths) : null;
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
