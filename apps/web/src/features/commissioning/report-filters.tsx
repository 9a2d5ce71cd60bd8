import { FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { DateInput, isRealDate, Select, TextInput } from '../../components/form-fields';
import { useTaxonomies } from '../search/taxonomy';

export interface ReportFilters {
  from: string;
  to: string;
  need: string;
  area: string;
}

const AREA = /^[A-Z]{1,2}([0-9][A-Z0-9]?)?$/;

/** The last twelve whole months up to today, unless the address says otherwise. */
function defaults(): ReportFilters {
  const now = new Date();
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1));
  return { from: from.toISOString().slice(0, 10), to: now.toISOString().slice(0, 10), need: '', area: '' };
}

/** The report filters in the address (so a view can be bookmarked and shared), checked. */
export function useReportFilters(): ReportFilters {
  const [params] = useSearchParams();
  const fallback = defaults();
  const area = (params.get('area') ?? '').toUpperCase();
  return {
    from: isRealDate(params.get('from') ?? '') ? params.get('from')! : fallback.from,
    to: isRealDate(params.get('to') ?? '') ? params.get('to')! : fallback.to,
    need: params.get('need') ?? '',
    area: AREA.test(area) ? area : '',
  };
}

/** The same filters as a query string for the CSV downloads. */
export function filterQuery(filters: ReportFilters, groupBy: string): string {
  return new URLSearchParams({ ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v)), groupBy }).toString();
}

/** Date range, need and (unless `area` is false) area, applied by changing the address. */
export function ReportFilterForm({ filters, path, area: byArea = true }: { filters: ReportFilters; path: string; area?: boolean }) {
  const navigate = useNavigate();
  const needs = useTaxonomies().data?.needs ?? [];
  const [form, setForm] = useState(filters);
  const [errors, setErrors] = useState<Partial<ReportFilters>>({});
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const area = form.area.trim().toUpperCase();
    const problems: Partial<ReportFilters> = {
      from: isRealDate(form.from) ? undefined : 'Enter a real date for “from”',
      to: !isRealDate(form.to) ? 'Enter a real date for “to”' : form.to < form.from ? '“To” must not be before “from”' : undefined,
      area: area && !AREA.test(area) ? 'Enter an outward code such as M14, or a postcode area such as M' : undefined,
    };
    setErrors(problems);
    if (problems.from || problems.to || problems.area) return;
    void navigate(`${path}?${new URLSearchParams(Object.entries({ ...form, area }).filter(([, v]) => v)).toString()}`);
  };
  return (
    <form onSubmit={apply} noValidate className="app-report-filters nhsuk-u-margin-bottom-5">
      <DateInput id="from" legend="From" value={form.from} onChange={(from) => setForm({ ...form, from })} error={errors.from} />
      <DateInput id="to" legend="To" value={form.to} onChange={(to) => setForm({ ...form, to })} error={errors.to} />
      <Select
        id="need"
        label="Need"
        value={form.need}
        onChange={(need) => setForm({ ...form, need })}
        options={[{ value: '', label: 'All needs' }, ...needs.map((n) => ({ value: n.code, label: n.label }))]}
      />
      {byArea && (
        <TextInput
          id="area"
          label="Area"
          hint="An outward code such as M14, or a postcode area such as M. Leave blank for everywhere."
          value={form.area}
          onChange={(area) => setForm({ ...form, area })}
          error={errors.area}
          width="5"
          maxLength={4}
        />
      )}
      <button type="submit" className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0">
        Show figures
      </button>
    </form>
  );
}
