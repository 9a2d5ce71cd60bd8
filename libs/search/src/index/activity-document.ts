import { placeFields } from './place-fields';
import { ActivityEntity, ASSURED_STATUSES, capacityState, mergeCodes, normaliseSlot, Recurrence, REMOTE_MODES, timeOfDay } from '@app/directory';

/** What the search index holds for one activity: everything search filters, facets, sorts or shows. */
export interface ActivityDocument {
  id: string;
  version: number;
  title: string;
  description: string;
  organisationId: string;
  organisationName: string;
  venueName: string | null;
  town: string | null;
  outcode: string | null;
  needs: string[];
  needLabels: string[];
  category: string | null;
  categoryLabel: string | null;
  accessibility: string[];
  deliveryMode: string;
  remote: boolean;
  days: string[];
  timesOfDay: string[];
  /** Day and time of day of each session together ("TUESDAY_MORNING"), so both filters match one session. */
  slots: string[];
  free: boolean;
  /** Some session comes round every week (not only fortnightly or monthly). */
  weekly: boolean;
  termTimeOnly: boolean;
  /** Days since 1970 of the first and last day it shows (0 and FOREVER when unset): search compares them with today. */
  showFromDay: number;
  showUntilDay: number;
  /** 0 and 120 when the activity sets no limit, so one range filter covers every case. */
  minimumAge: number;
  maximumAge: number;
  languages: string[];
  assuranceStatus: string;
  assured: boolean;
  /** Days since 1970 of the last assured day (0 when not assured): search compares it with today. */
  assuredUntilDay: number;
  capacityState: string;
  status: string;
  /** Where a service that comes to the person reaches: "OUT:M14", "LAD:E08000003". */
  coverage: string[];
  /** The venue's place (see place-fields.ts: no `_geo`). */
  spot?: string;
  cells?: string[];
  updatedAt: number;
  lastVerifiedAt: number | null;
  /** Days since 1970 of the group's last confirmation (0: never): filters by how recent, and ranks fresher first. */
  verifiedDay: number;
}

const FOREVER = 1_000_000;

/** Coverage as the index holds it: outward codes and districts in one list ("OUT:M14", "LAD:E08000003"). */
export function coverageKeys(outcodes: readonly (string | null)[], districts: readonly (string | null)[]): string[] {
  return [...outcodes.filter(Boolean).map((c) => `OUT:${c}`), ...districts.filter(Boolean).map((c) => `LAD:${c}`)];
}

export const slotKey = (day: string, time: string) => `${day}_${time}`;
export const epochDay = (day: string) => Math.floor(Date.parse(`${day}T00:00:00Z`) / 86_400_000);

const seconds = (date: Date | null | undefined) => (date ? Math.floor(date.getTime() / 1000) : null);

export type LabelOf = (kind: 'NEED' | 'CATEGORY', code: string) => string;

/** Needs the activity's organisation and venue loaded; labels make need and category names searchable. */
export function toActivityDocument(a: ActivityEntity, labelOf: LabelOf): ActivityDocument {
  const organisation = a.organisation!;
  const venue = a.venue ?? null;
  return {
    id: a.id,
    version: Number(a.searchVersion),
    title: a.title,
    description: a.description,
    organisationId: a.organisationId,
    organisationName: organisation.name,
    venueName: venue?.name ?? null,
    town: venue?.town ?? null,
    outcode: venue?.outcode ?? null,
    needs: a.needs,
    needLabels: a.needs.map((code) => labelOf('NEED', code)),
    category: a.category,
    categoryLabel: a.category ? labelOf('CATEGORY', a.category) : null,
    accessibility: mergeCodes(a.accessibility, venue?.accessibility),
    deliveryMode: a.deliveryMode,
    // A service with a coverage area is found by it, not everywhere.
    remote: REMOTE_MODES.includes(a.deliveryMode) && !a.coverageOutcodes.length && !a.coverageDistricts.length,
    days: [...new Set(a.schedule.map((s) => s.day))],
    timesOfDay: [...new Set(a.schedule.map((s) => timeOfDay(s.startTime)))],
    slots: [...new Set(a.schedule.map((s) => slotKey(s.day, timeOfDay(s.startTime))))],
    free: a.free,
    weekly: a.schedule.some((s) => normaliseSlot(s).recurrence === Recurrence.WEEKLY),
    termTimeOnly: a.termTimeOnly,
    showFromDay: a.showFrom ? epochDay(a.showFrom) : 0,
    showUntilDay: a.showUntil ? epochDay(a.showUntil) : FOREVER,
    minimumAge: a.minimumAge ?? 0,
    maximumAge: a.maximumAge ?? 120,
    languages: a.languages,
    assuranceStatus: organisation.assuranceStatus,
    assured: ASSURED_STATUSES.includes(organisation.assuranceStatus),
    assuredUntilDay: organisation.assuredUntil ? epochDay(organisation.assuredUntil) : ASSURED_STATUSES.includes(organisation.assuranceStatus) ? FOREVER : 0,
    capacityState: capacityState(a),
    status: a.status,
    coverage: coverageKeys(a.coverageOutcodes, a.coverageDistricts),
    ...(venue ? placeFields(venue.latitude, venue.longitude) : {}),
    updatedAt: seconds(a.updatedAt)!,
    lastVerifiedAt: seconds(a.lastVerifiedAt),
    verifiedDay: a.lastVerifiedAt ? Math.floor(a.lastVerifiedAt.getTime() / 86_400_000) : 0,
  };
}
