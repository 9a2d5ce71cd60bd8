import { useQuery } from '../../api/hooks';
import { StackedBarChart } from '../../components/charts';
import { Loading } from '../../components/feedback';
import { PageHeading } from '../../components/page';
import { CsvLink, percent } from '../../components/report-figures';
import { DataTable } from '../../components/table';
import { graphql } from '../../gql';
import { ErrorPanel } from '../pages/StatusPages';
import { CommissioningNav } from './CommissioningNav';

const FRESHNESS = graphql(`
  query FreshnessDashboard {
    freshnessReport {
      staleAfterDays
      overall {
        listings
        fresh
        due
        stale
        confirmedShare
      }
      organisations {
        key
        label
        listings
        fresh
        due
        stale
        confirmedShare
      }
    }
  }
`);

const confirmed = (share: number | null | undefined) => (share === null || share === undefined ? '–' : percent(share));

/** How recently groups confirmed their listings: overall, and organisation by organisation, least fresh first. */
export function FreshnessPage() {
  const query = useQuery(FRESHNESS, {});
  const report = query.data?.freshnessReport;
  return (
    <>
      <PageHeading>Listing freshness</PageHeading>
      <CommissioningNav current="freshness" />
      {query.loading && !report && <Loading what="Loading the figures" />}
      {query.error && <ErrorPanel message={query.error.message} retry={query.refetch} />}
      {report && (
        <>
          <p className="nhsuk-heading-m">
            {confirmed(report.overall.confirmedShare)} of {report.overall.listings} open listings were confirmed by their group in the last{' '}
            {report.staleAfterDays} days.
          </p>
          <p>
            {report.overall.fresh} fresh, {report.overall.due} due for a check within 30 days, {report.overall.stale} out of date. Groups are emailed when their
            listings fall due, and again when they go out of date.
          </p>
          <StackedBarChart
            title="Listings by freshness, the least fresh organisations first"
            labels={report.organisations.slice(0, 15).map((o) => o.label)}
            series={[
              { name: 'Fresh', colour: 'green', values: report.organisations.slice(0, 15).map((o) => o.fresh) },
              { name: 'Due', colour: 'yellow', values: report.organisations.slice(0, 15).map((o) => o.due) },
              { name: 'Out of date', colour: 'red', values: report.organisations.slice(0, 15).map((o) => o.stale) },
            ]}
          />
          <DataTable
            caption="Listing freshness by organisation"
            columns={[
              { heading: 'Organisation' },
              { heading: 'Open listings', numeric: true },
              { heading: 'Fresh', numeric: true },
              { heading: 'Due', numeric: true },
              { heading: 'Out of date', numeric: true },
              { heading: 'Confirmed', numeric: true },
            ]}
            rows={report.organisations.map((o) => [o.label, o.listings, o.fresh, o.due, o.stale, confirmed(o.confirmedShare)])}
          />
          <CsvLink report="freshness" query="" what="listing freshness" />
        </>
      )}
    </>
  );
}
