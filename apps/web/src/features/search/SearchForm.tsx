import { FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { Checkbox, Checkboxes, Select, TextInput } from '../../components/form-fields';
import type { TaxonomiesQuery } from '../../gql/graphql';
import { DAY_NAMES, radiusMiles } from './format';
import { criteriaToUrl, SearchCriteria } from './search-params';
import { Details } from '../../components/content';

const DISTANCES = ['1', '2', '5', '10', '20', '50'].map((km) => ({
  value: km,
  label: `${radiusMiles(Number(km))} (${km} km)`,
}));
const TIMES = [
  { value: 'MORNING', label: 'Morning (before 12pm)' },
  { value: 'AFTERNOON', label: 'Afternoon (12pm to 5pm)' },
  { value: 'EVENING', label: 'Evening (from 5pm)' },
];

interface Props {
  action: '/' | '/map';
  criteria: SearchCriteria;
  taxonomies: TaxonomiesQuery | undefined;
  /** value → how many results have it, from the current search. */
  counts: Record<string, Record<string, number>>;
  errors: Record<string, string | undefined>;
}

const withCount = (label: string, count: number | undefined) => (count === undefined ? label : `${label} (${count})`);

/**
 * The link worker's question: what the person needs, where, and what they can manage. Submitting
 * puts the whole search in the address, so Back and shared links work.
 */
export function SearchForm({ action, criteria, taxonomies, counts, errors }: Props) {
  const navigate = useNavigate();
  // Starts from the search in the address; callers give it a `key` of that search, so that Back and
  // links replace the form rather than leaving stale choices in it.
  const [form, setForm] = useState(criteria);
  const set =
    <K extends keyof SearchCriteria>(key: K) =>
    (value: SearchCriteria[K]) =>
      setForm((f) => ({ ...f, [key]: value }));
  const moreUsed =
    form.accessibility.length + form.days.length + form.times.length > 0 ||
    form.freeOnly ||
    form.recentlyChecked ||
    !form.includeRemote ||
    form.includeFull ||
    !!form.age;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void navigate(`${action}${criteriaToUrl({ ...form, page: 1 })}`);
  };

  return (
    <form onSubmit={submit} noValidate role="search" aria-label="Find activities" className="app-search-form">
      <TextInput
        id="q"
        label="Keywords (optional)"
        hint="For example, walking, choir or debt advice"
        value={form.text}
        onChange={set('text')}
        type="search"
        error={errors.q}
      />
      <TextInput
        id="postcode"
        label="Near postcode"
        hint="Full postcode or the first part, for example M14 5NP or M14"
        value={form.postcode}
        onChange={set('postcode')}
        width="10"
        autoComplete="postal-code"
        error={errors.postcode}
        spellCheck={false}
      />
      <Select id="radius" label="Within" value={form.radiusKm} onChange={set('radiusKm')} options={DISTANCES} error={errors.radius} />
      <Checkboxes
        id="needs"
        legend="What the person needs"
        hint="Select all that apply"
        small
        error={errors['needs-0']}
        selected={form.needs}
        onChange={set('needs')}
        items={(taxonomies?.needs ?? []).map((n) => ({ value: n.code, label: withCount(n.label, counts.needs?.[n.code]) }))}
      />
      <Details summary="More filters: access, days, cost, age" open={moreUsed}>
        <Checkboxes
          id="access"
          legend="Accessibility"
          hint="Activities must have every feature you select"
          small
          error={errors['access-0']}
          selected={form.accessibility}
          onChange={set('accessibility')}
          items={(taxonomies?.accessibility ?? []).map((a) => ({ value: a.code, label: withCount(a.label, counts.accessibility?.[a.code]) }))}
        />
        <Checkboxes
          id="days"
          legend="Days"
          small
          selected={form.days}
          onChange={(v) => set('days')(v as SearchCriteria['days'])}
          items={Object.entries(DAY_NAMES).map(([value, label]) => ({ value, label }))}
        />
        <Checkboxes id="times" legend="Time of day" small selected={form.times} onChange={(v) => set('times')(v as SearchCriteria['times'])} items={TIMES} />
        <TextInput id="age" label="Age of the person (optional)" value={form.age} onChange={set('age')} width="3" inputMode="numeric" error={errors.age} />
        <Checkbox id="free" label="Free activities only" checked={form.freeOnly} onChange={set('freeOnly')} />
        <Checkbox id="checked" label="Checked by the group in the last 6 months only" checked={form.recentlyChecked} onChange={set('recentlyChecked')} />
        <Checkbox id="remote" label="Include online and phone activities" checked={form.includeRemote} onChange={set('includeRemote')} />
        <Checkbox
          id="full"
          label="Include groups that are full"
          hint="Full groups may keep a waiting list"
          checked={form.includeFull}
          onChange={set('includeFull')}
        />
      </Details>
      <Select
        id="sort"
        label="Sort by"
        value={form.sort}
        onChange={(v) => set('sort')(v as SearchCriteria['sort'])}
        error={errors.sort}
        options={[
          { value: 'RELEVANCE', label: 'Best match' },
          { value: 'DISTANCE', label: 'Distance (needs a postcode)' },
        ]}
      />
      <button className="nhsuk-button" type="submit">
        Search
      </button>
    </form>
  );
}
