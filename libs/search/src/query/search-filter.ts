import { ActivityStatus, AssuranceStatus, CapacityState } from '@app/directory';
import { Location } from '@app/geo';
import { coverageKeys, slotKey } from '../index/activity-document';
import { ActivitySearchInput } from './search.inputs';

/** The search place's outward code and district, as the index holds coverage. */
export function coverageCodes(place: Pick<Location, 'outcode' | 'district'>): string[] {
  return coverageKeys([place.outcode], [place.district]);
}

/** Quotes a value for a Meilisearch filter expression. */
const q = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
/** `field IN [...]`, each value quoted. */
export const anyOf = (field: string, values: readonly string[]) => `${field} IN [${values.map(q).join(', ')}]`;

/**
 * The Meilisearch filter for a search, all but where (`reachClause`): a list of clauses combined
 * with AND. Needs, days, times and modes match any; accessibility must match all.
 */
export function buildFilter(input: ActivitySearchInput, today: Date): string[] {
  // Suspended organisations never appear, whatever assuredOnly says.
  const clauses = [`status = ${ActivityStatus.ACTIVE}`, `assuranceStatus != ${AssuranceStatus.SUSPENDED}`];
  // Within its showing dates, read against today (no job needed on the first or last day).
  const day = Math.floor(today.getTime() / 86_400_000);
  clauses.push(`showFromDay <= ${day} AND showUntilDay >= ${day}`);
  // Assured, and not past the assured date even if the lapse job has not run yet.
  if (input.assuredOnly !== false) clauses.push(`assured = true AND assuredUntilDay >= ${Math.floor(today.getTime() / 86_400_000)}`);
  if (!input.includeFull) clauses.push(`capacityState != ${CapacityState.FULL}`);
  if (input.needs?.length) clauses.push(anyOf('needs', input.needs));
  for (const feature of input.accessibility ?? []) clauses.push(`accessibility = ${q(feature)}`);
  // Tuesday mornings means a session on a Tuesday morning, not a Tuesday evening and a Saturday morning.
  if (input.days?.length && input.timesOfDay?.length)
    clauses.push(
      anyOf(
        'slots',
        input.days.flatMap((d) => input.timesOfDay!.map((t) => slotKey(d, t))),
      ),
    );
  else if (input.days?.length) clauses.push(anyOf('days', input.days));
  else if (input.timesOfDay?.length) clauses.push(anyOf('timesOfDay', input.timesOfDay));
  if (input.deliveryModes?.length) clauses.push(anyOf('deliveryMode', input.deliveryModes));
  if (input.freeOnly) clauses.push('free = true');
  if (input.weeklyOnly) clauses.push('weekly = true');
  if (input.schoolHolidaysToo) clauses.push('termTimeOnly = false');
  if (input.verifiedWithinDays) clauses.push(`verifiedDay >= ${Math.floor(today.getTime() / 86_400_000) - input.verifiedWithinDays}`);
  if (input.age !== undefined && input.age !== null) clauses.push(`minimumAge <= ${input.age} AND maximumAge >= ${input.age}`);
  if (input.language) clauses.push(`languages = ${q(input.language)}`);
  return clauses;
}

/**
 * Near the place (`circle`: the filter matching exactly what lies within the radius), or coming to
 * it: a service whose coverage holds the place's outward code or district, or one delivered remotely.
 */
export function reachClause(input: ActivitySearchInput, place: Partial<Location>, circle: string): string {
  const reach = [circle];
  const covered = place.outcode !== undefined ? coverageCodes({ outcode: place.outcode, district: place.district ?? null }) : [];
  if (covered.length) reach.push(anyOf('coverage', covered));
  if (input.includeRemote !== false) reach.push('remote = true');
  return reach.length > 1 ? `(${reach.join(' OR ')})` : reach[0];
}
