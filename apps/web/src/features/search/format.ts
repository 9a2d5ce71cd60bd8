import type { DayOfWeek } from '../../gql/graphql';

export const DAY_NAMES: Record<DayOfWeek, string> = {
  MONDAY: 'Monday',
  TUESDAY: 'Tuesday',
  WEDNESDAY: 'Wednesday',
  THURSDAY: 'Thursday',
  FRIDAY: 'Friday',
  SATURDAY: 'Saturday',
  SUNDAY: 'Sunday',
};
const DAY_ORDER: DayOfWeek[] = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];

/** "10:00" → "10am", "13:30" → "1:30pm" (the NHS style for times). */
export function time(hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number);
  const suffix = h < 12 ? 'am' : 'pm';
  const hour = h % 12 === 0 ? 12 : h % 12;
  if (h === 12 && m === 0) return 'midday';
  return `${hour}${m ? `:${String(m).padStart(2, '0')}` : ''}${suffix}`;
}

export interface Slot {
  day: DayOfWeek;
  startTime: string;
  endTime: string;
}

/** The next session from now (UK time), e.g. "Tuesday 10am to 12pm" or "Today 2pm to 4pm". */
export function nextSession(slots: readonly Slot[], now = new Date()): string | null {
  if (!slots.length) return null;
  const uk = new Date(now.toLocaleString('en-US', { timeZone: 'Europe/London' }));
  const minutesNow = uk.getHours() * 60 + uk.getMinutes();
  let best: { inDays: number; slot: Slot } | undefined;
  for (const slot of slots) {
    const [h, m] = slot.startTime.split(':').map(Number);
    let inDays = (DAY_ORDER.indexOf(slot.day) - uk.getDay() + 7) % 7;
    if (inDays === 0 && h * 60 + m < minutesNow) inDays = 7;
    if (!best || inDays < best.inDays || (inDays === best.inDays && slot.startTime < best.slot.startTime)) best = { inDays, slot };
  }
  const { inDays, slot } = best!;
  const when = inDays === 0 ? 'Today' : inDays === 1 ? 'Tomorrow' : DAY_NAMES[slot.day];
  return `${when} ${time(slot.startTime)} to ${time(slot.endTime)}`;
}

export function longDate(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
}

export function shortDate(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/London' });
}

/** "3 weeks ago", "5 months ago": how fresh a check is, in words. */
export function ago(iso: string, now = new Date()): string {
  const days = Math.floor((now.getTime() - new Date(iso).getTime()) / 86_400_000);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 14) return `${days} days ago`;
  if (days < 60) return `${Math.round(days / 7)} weeks ago`;
  const months = Math.round(days / 30.4);
  return months < 24 ? `${months} months ago` : `${Math.round(days / 365)} years ago`;
}

export function distance(km: number | null | undefined): string | null {
  if (km === null || km === undefined) return null;
  const miles = km / 1.609344;
  return miles < 0.1 ? 'Less than 0.1 miles' : `${miles.toFixed(1)} miles`;
}

const languageNames = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en-GB'], { type: 'language' }) : undefined;
export const languageName = (code: string) => languageNames?.of(code) ?? code;

export function ages(min: number | null, max: number | null): string {
  if (min === null && max === null) return 'All ages';
  if (min !== null && max !== null) return `${min} to ${max} years`;
  if (min !== null) return `${min} years and over`;
  return `Up to ${max} years`;
}

export function cost(free: boolean, description: string | null): string {
  if (free) return description ? `Free (${description})` : 'Free';
  return description ?? 'There is a cost: ask the group';
}
