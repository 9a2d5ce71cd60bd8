import { registerEnumType } from '@nestjs/graphql';
import { addDays, isoDay } from '@app/common';

/** How recently a listing was confirmed by its group: worked out on every read, like assurance status. */
export enum Freshness {
  FRESH = 'FRESH',
  /** Confirmation falls due within DUE_WITHIN_DAYS. */
  DUE = 'DUE',
  /** Not confirmed for longer than the stale period (or never). */
  STALE = 'STALE',
}
registerEnumType(Freshness, { name: 'Freshness', description: 'FRESH; DUE: to confirm within 30 days; STALE: not confirmed for longer than STALE_AFTER_DAYS' });

export const FRESHNESS_POLICY = Symbol('FRESHNESS_POLICY');
export interface FreshnessPolicy {
  /** A listing not confirmed for longer than this is STALE (STALE_AFTER_DAYS, default 183). */
  staleAfterDays: number;
}
export const DUE_WITHIN_DAYS = 30;

/** The last day the listing counts as confirmed (null when it never was). */
export function confirmBy(lastVerifiedAt: Date | null, policy: FreshnessPolicy): string | null {
  return lastVerifiedAt ? addDays(isoDay(lastVerifiedAt), policy.staleAfterDays) : null;
}

export function listingFreshness(lastVerifiedAt: Date | null, now: Date, policy: FreshnessPolicy): Freshness {
  const until = confirmBy(lastVerifiedAt, policy);
  const today = isoDay(now);
  if (!until || until < today) return Freshness.STALE;
  return until <= addDays(today, DUE_WITHIN_DAYS) ? Freshness.DUE : Freshness.FRESH;
}
