import { confirmBy, Freshness, listingFreshness } from './freshness';

describe('listing freshness', () => {
  const policy = { staleAfterDays: 183 };
  const verified = new Date('2026-01-10T09:00:00Z');
  const on = (day: string) => listingFreshness(verified, new Date(`${day}T12:00:00Z`), policy);

  it('is FRESH, then DUE in its last 30 days, then STALE the day after it runs out', () => {
    expect(confirmBy(verified, policy)).toBe('2026-07-12');
    expect(on('2026-01-10')).toBe(Freshness.FRESH);
    expect(on('2026-06-11')).toBe(Freshness.FRESH);
    expect(on('2026-06-12')).toBe(Freshness.DUE);
    expect(on('2026-07-12')).toBe(Freshness.DUE);
    expect(on('2026-07-13')).toBe(Freshness.STALE);
  });

  it('treats a listing never confirmed as STALE', () => {
    expect(listingFreshness(null, verified, policy)).toBe(Freshness.STALE);
    expect(confirmBy(null, policy)).toBeNull();
  });
});
