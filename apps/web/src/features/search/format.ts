import type { DayOfWeek, Recurrence } from '../../gql/graphql';

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
  recurrence?: Recurrence;
  firstDate?: string | null;
  weekOfMonth?: number | null;
}

const ORDINALS: Record<number, string> = { 1: 'First', 2: 'Second', 3: 'Third', 4: 'Fourth', [-1]: 'Last' };

/** "Every Tuesday", "Every other Friday", "First Tuesday of the month". */
export function recurrenceText(slot: Slot): string {
  if (slot.recurrence === 'FORTNIGHTLY') return `Every other ${DAY_NAMES[slot.day]}`;
  if (slot.recurrence === 'MONTHLY') return `${ORDINALS[slot.weekOfMonth ?? 1]} ${DAY_NAMES[slot.day]} of the month`;
  return `Every ${DAY_NAMES[slot.day]}`;
}

/** Whether a slot takes place on a date (UTC midnight of a UK calendar day). */
function occursOn(slot: Slot, date: Date): boolean {
  if (DAY_ORDER[date.getUTCDay()] !== slot.day) return false;
  if (slot.recurrence === 'FORTNIGHTLY' && slot.firstDate) {
    const weeks = Math.round((date.getTime() - Date.parse(`${slot.firstDate}T00:00:00Z`)) / 86_400_000 / 7);
    return weeks % 2 === 0;
  }
  if (slot.recurrence === 'MONTHLY') {
    const nth = Math.floor((date.getUTCDate() - 1) / 7) + 1;
    if (slot.weekOfMonth === -1) return date.getUTCDate() + 7 > new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
    return nth === slot.weekOfMonth;
  }
  return true;
}

/** The next session from now (UK time), e.g. "Tomorrow 10am to 12pm", "Tuesday 3 March, 10am to 12pm". */
export function nextSession(slots: readonly Slot[], now = new Date()): string | null {
  if (!slots.length) return null;
  const uk = new Date(now.toLocaleString('en-US', { timeZone: 'Europe/London' }));
  const today = Date.UTC(uk.getFullYear(), uk.getMonth(), uk.getDate());
  const minutesNow = uk.getHours() * 60 + uk.getMinutes();
  for (let inDays = 0; inDays < 70; inDays++) {
    const date = new Date(today + inDays * 86_400_000);
    const todays = slots
      .filter((slot) => occursOn(slot, date))
      .filter((slot) => inDays > 0 || Number(slot.startTime.slice(0, 2)) * 60 + Number(slot.startTime.slice(3)) >= minutesNow)
      .sort((a, b) => a.startTime.localeCompare(b.startTime));
    if (!todays.length) continue;
    const slot = todays[0];
    const when =
      inDays === 0
        ? 'Today'
        : inDays === 1
          ? 'Tomorrow'
          : inDays < 7
            ? DAY_NAMES[slot.day]
            : `${DAY_NAMES[slot.day]} ${date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' })},`;
    return `${when} ${time(slot.startTime)} to ${time(slot.endTime)}`;
  }
  return null;
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

const KM_PER_MILE = 1.609344;

/** A search radius: "0.6 miles", "1.2 miles", "3 miles" (tenths below 2, so never "1 miles"). */
export function radiusMiles(km: number): string {
  const miles = km / KM_PER_MILE;
  return `${miles < 2 ? miles.toFixed(1) : Math.round(miles)} miles`;
}

/** "0.4 miles away"; "about 2 miles away" when either end is only an outward code's centre. */
export function distance(km: number | null | undefined, approximate = false): string | null {
  if (km === null || km === undefined) return null;
  const miles = km / KM_PER_MILE;
  if (approximate) return `about ${Math.max(1, Math.round(miles))} ${Math.round(miles) > 1 ? 'miles' : 'mile'} away`;
  return miles < 0.1 ? 'less than 0.1 miles away' : `${miles.toFixed(1)} miles away`;
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

/** Whole days from a moment until now (0 on the day itself). */
export function daysSince(iso: string, now = new Date()): number {
  return Math.max(0, Math.floor((now.getTime() - new Date(iso).getTime()) / 86_400_000));
}
