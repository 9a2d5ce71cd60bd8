import { useQuery } from '../../api/hooks';
import { BarChart, LineChart, StackedBarChart } from '../../components/charts';
import { InsetText, Loading } from '../../components/feedback';
import { PageHeading } from '../../components/page';
import { CsvLink, withheld } from '../../components/report-figures';
import { DataTable } from '../../components/table';
import { graphql } from '../../gql';
import type { UsageRowsFragment } from '../../gql/graphql';
import { ErrorPanel } from '../pages/StatusPages';
import { longDate } from '../search/format';
import { monthLabel } from '../workspace/returns-format';
import { CommissioningNav } from './CommissioningNav';
import { filterQuery, ReportFilterForm, useReportFilters } from './report-filters';

graphql(`
  fragment UsageRows on UsageReport {
    from
    to
    rows {
      key
      label
      connections
      attended
      didNotAttend
      declined
      attendances
      suppressed
    }
  }
`);

const USAGE = graphql(`
  query UsageDashboard($range: ReportRange!) {
    byMonth: usageReport(range: $range, groupBy: MONTH) {
      ...UsageRows
    }
    byNeed: usageReport(range: $range, groupBy: NEED) {
      ...UsageRows
    }
    byArea: usageReport(range: $range, groupBy: OUTCODE) {
      ...UsageRows
    }
  }
`);

type Row = UsageRowsFragment['rows'][number];
const byConnections = (rows: readonly Row[]) => [...rows].sort((a, b) => (b.connections ?? 0) - (a.connections ?? 0) || a.label.localeCompare(b.label));

/** Connections, outcomes and attendance by month, need and area: charts, each with its table and CSV. */
export function UsagePage() {
  const filters = useReportFilters();
  const usage = useQuery(USAGE, { range: { from: filters.from, to: filters.to, need: filters.need || undefined, area: filters.area || undefined } });
  const data = usage.data;
  const months = data?.byMonth.rows ?? [];
  const monthNames = months.map((r) => monthLabel(r.key));
  const shortMonths = months.map((r) => new Date(`${r.key}-01T12:00:00Z`).toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }));
  return (
    <>
      <PageHeading>Usage</PageHeading>
      <CommissioningNav current="usage" />
      <ReportFilterForm filters={filters} path="/commissioning/usage" />
      <InsetText>
        <p>
          Counts about people are rounded to the nearest 5, and a count of 1 to 4 is withheld, so that nobody can be picked out. Withheld figures show as
          “withheld”, never as 0.
        </p>
      </InsetText>
      {usage.loading && !data && <Loading what="Loading the figures" />}
      {usage.error && <ErrorPanel message={usage.error.message} retry={usage.refetch} />}
      {data && (
        <>
          <p>
            Whole months from {longDate(data.byMonth.from)} to {longDate(data.byMonth.to)}.
          </p>
          <section aria-labelledby="by-month">
            <h2 className="nhsuk-heading-m" id="by-month">
              By month
            </h2>
            {months.length === 0 ? (
              <p>No connections or attendance in these months.</p>
            ) : (
              <div className="app-dashboard">
                <LineChart
                  title="Connections by month"
                  labels={shortMonths}
                  series={[{ name: 'Connections', colour: 'blue', values: months.map((r) => r.connections) }]}
                />
                <LineChart
                  title="Attendances by month (from groups’ monthly returns)"
                  labels={shortMonths}
                  series={[{ name: 'Attendances', colour: 'purple', values: months.map((r) => r.attendances) }]}
                />
                <StackedBarChart
                  title="Outcomes of connections by month"
                  labels={monthNames}
                  series={[
                    { name: 'Attended', colour: 'green', values: months.map((r) => r.attended) },
                    { name: 'Did not attend', colour: 'grey', values: months.map((r) => r.didNotAttend) },
                    { name: 'Declined', colour: 'red', values: months.map((r) => r.declined) },
                  ]}
                />
              </div>
            )}
            <UsageTable caption="Connections, outcomes and attendances by month" first="Month" rows={months} label={(r) => monthLabel(r.key)} />
            <CsvLink report="usage" query={filterQuery(filters, 'MONTH')} what="usage by month" />
          </section>
          <section aria-labelledby="by-need">
            <h2 className="nhsuk-heading-m" id="by-need">
              By need
            </h2>
            <BarChart
              title="Connections by need"
              labels={byConnections(data.byNeed.rows).map((r) => r.label)}
              series={[{ name: 'Connections', colour: 'blue', values: byConnections(data.byNeed.rows).map((r) => r.connections) }]}
            />
            <UsageTable caption="Connections, outcomes and attendances by need" first="Need" rows={byConnections(data.byNeed.rows)} />
            <CsvLink report="usage" query={filterQuery(filters, 'NEED')} what="usage by need" />
          </section>
          <section aria-labelledby="by-area">
            <h2 className="nhsuk-heading-m" id="by-area">
              By area
            </h2>
            <BarChart
              title="Connections by the outward code of the venue"
              labels={byConnections(data.byArea.rows).map((r) => (r.key === 'REMOTE' ? 'No venue (phone, online, home visits)' : r.label))}
              series={[{ name: 'Connections', colour: 'purple', values: byConnections(data.byArea.rows).map((r) => r.connections) }]}
            />
            <UsageTable
              caption="Connections, outcomes and attendances by area"
              first="Area"
              rows={byConnections(data.byArea.rows)}
              label={(r) => (r.key === 'REMOTE' ? 'No venue' : r.label)}
            />
            <CsvLink report="usage" query={filterQuery(filters, 'OUTCODE')} what="usage by area" />
          </section>
        </>
      )}
    </>
  );
}

function UsageTable({ caption, first, rows, label = (r) => r.label }: { caption: string; first: string; rows: readonly Row[]; label?: (row: Row) => string }) {
  if (!rows.length) return null;
  return (
    <DataTable
      caption={caption}
      columns={[
        { heading: first },
        { heading: 'Connections', numeric: true },
        { heading: 'Attended', numeric: true },
        { heading: 'Did not attend', numeric: true },
        { heading: 'Declined', numeric: true },
        { heading: 'Attendances', numeric: true },
      ]}
      rows={rows.map((r) => [label(r), withheld(r.connections), withheld(r.attended), withheld(r.didNotAttend), withheld(r.declined), withheld(r.attendances)])}
    />
  );
}
