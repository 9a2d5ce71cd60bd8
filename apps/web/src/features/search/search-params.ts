import type { ActivitySearchInput, DayOfWeek, TimeOfDay } from '../../gql/graphql';

/** Everything a search asks, as kept in the URL (so it can be shared, bookmarked and gone back to). */
export interface SearchCriteria {
  text: string;
  needs: string[];
  postcode: string;
  radiusKm: string;
  accessibility: string[];
  days: DayOfWeek[];
  times: TimeOfDay[];
  freeOnly: boolean;
  /** Only listings their group confirmed in the last six months. */
  recentlyChecked: boolean;
  age: string;
  includeRemote: boolean;
  includeFull: boolean;
  sort: 'RELEVANCE' | 'DISTANCE';
  page: number;
}

export const DEFAULT_RADIUS_KM = '5';
export const PAGE_SIZE = 10;
export const RECENTLY_CHECKED_DAYS = 183;

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);

export function criteriaFromUrl(params: URLSearchParams): SearchCriteria {
  const page = Number(params.get('page'));
  return {
    text: params.get('q') ?? '',
    needs: list(params.get('needs')),
    postcode: params.get('postcode') ?? '',
    radiusKm: params.get('radius') ?? DEFAULT_RADIUS_KM,
    accessibility: list(params.get('access')),
    days: list(params.get('days')) as DayOfWeek[],
    times: list(params.get('times')) as TimeOfDay[],
    freeOnly: params.get('free') === '1',
    recentlyChecked: params.get('checked') === '1',
    age: params.get('age') ?? '',
    includeRemote: params.get('remote') !== '0',
    includeFull: params.get('full') === '1',
    sort: params.get('sort') === 'distance' ? 'DISTANCE' : 'RELEVANCE',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** Only what differs from the defaults, so links stay short. */
export function criteriaToUrl(c: SearchCriteria): string {
  const params = new URLSearchParams();
  if (c.text.trim()) params.set('q', c.text.trim());
  if (c.needs.length) params.set('needs', c.needs.join(','));
  if (c.postcode.trim()) params.set('postcode', c.postcode.trim());
  if (c.postcode.trim() && c.radiusKm !== DEFAULT_RADIUS_KM) params.set('radius', c.radiusKm);
  if (c.accessibility.length) params.set('access', c.accessibility.join(','));
  if (c.days.length) params.set('days', c.days.join(','));
  if (c.times.length) params.set('times', c.times.join(','));
  if (c.freeOnly) params.set('free', '1');
  if (c.recentlyChecked) params.set('checked', '1');
  if (c.age.trim()) params.set('age', c.age.trim());
  if (!c.includeRemote) params.set('remote', '0');
  if (c.includeFull) params.set('full', '1');
  if (c.sort === 'DISTANCE') params.set('sort', 'distance');
  if (c.page > 1) params.set('page', String(c.page));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The API's input for these criteria; a malformed age is sent as typed so that the API names the field. */
export function criteriaToInput(c: SearchCriteria, pageSize = PAGE_SIZE): ActivitySearchInput {
  const age = c.age.trim() === '' ? undefined : Number(c.age);
  return {
    text: c.text.trim() || undefined,
    needs: c.needs.length ? c.needs : undefined,
    near: c.postcode.trim() ? { postcode: c.postcode.trim(), radiusKm: Number(c.radiusKm) || Number(DEFAULT_RADIUS_KM) } : undefined,
    includeRemote: c.includeRemote,
    accessibility: c.accessibility.length ? c.accessibility : undefined,
    days: c.days.length ? c.days : undefined,
    timesOfDay: c.times.length ? c.times : undefined,
    freeOnly: c.freeOnly || undefined,
    verifiedWithinDays: c.recentlyChecked ? RECENTLY_CHECKED_DAYS : undefined,
    age: age !== undefined && Number.isFinite(age) ? age : undefined,
    includeFull: c.includeFull || undefined,
    sort: c.sort === 'DISTANCE' && c.postcode.trim() ? 'DISTANCE' : 'RELEVANCE',
    page: c.page,
    pageSize,
  };
}

/** Where each field the API may name lives on the page. */
export const SEARCH_FIELD_TARGETS: Record<string, string> = {
  'near.postcode': 'postcode',
  near: 'postcode',
  'near.radiusKm': 'radius',
  age: 'age',
  text: 'q',
  sort: 'sort',
  needs: 'needs-0',
  accessibility: 'access-0',
};
