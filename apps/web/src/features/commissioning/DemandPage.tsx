import { Link } from 'react-router';
import { useQuery } from '../../api/hooks';
import { BarChart } from '../../components/charts';
import { Tag, TagColour } from '../../components/content';
import { Loading } from '../../components/feedback';
import { PageHeading } from '../../components/page';
import { CsvLink } from '../../components/report-figures';
import { DataTable } from '../../components/table';
import { graphql } from '../../gql';
import type { DemandRowsFragment, RiskLevel } from '../../gql/graphql';
import { ErrorPanel } from '../pages/StatusPages';
import { longDate } from '../search/format';
import { CommissioningNav } from './CommissioningNav';
import { filterQuery, ReportFilterForm, useReportFilters } from './report-filters';

graphql(`
  fragment DemandRows on DemandReport {
    rows {
      key
      label
      searches
      zeroResultSearches
      assuredActivities
    }
  }
`);

const DEMAND = graphql(`
  query DemandDashboard($range: ReportRange!) {
    byNeed: demandReport(range: $range, groupBy: NEED) {
      ...DemandRows
    }
    byArea: demandReport(range: $range, groupBy: OUTCODE) {
      ...DemandRows
    }
    sustainabilityRisks(minimum: MEDIUM) {
      risk
      reasons
      organisation {
        id
        name
      }
    }
  }
`);

type Row = DemandRowsFragment['rows'][number];
const RISK: Record<RiskLevel, [string, TagColour]> = { HIGH: ['High risk', 'red'], MEDIUM: ['Medium risk', 'yellow'], LOW: ['Low risk', 'green'] };
const TOP = 15;
/** Where people looked and found nothing first: the unmet demand. */
const byUnmet = (rows: readonly Row[]) => [...rows].sort((a, b) => b.zeroResultSearches - a.zeroResultSearches || b.searches - a.searches);

/** Unmet demand (searches that found nothing) by need and by area, and the groups at risk of closing. */
export function DemandPage() {
  const filters = useReportFilters();
  const demand = useQuery(DEMAND, { range: { from: filters.from, to: filters.to, need: filters.need || undefined, area: filters.area || undefined } });
  const data = demand.data;
  return (
    <>
      <PageHeading>Demand and risk</PageHeading>
      <CommissioningNav current="demand" />
      <ReportFilterForm filters={filters} path="/commissioning/demand" />
      {demand.loading && !data && <Loading what="Loading the figures" />}
      {demand.error && <ErrorPanel message={demand.error.message} retry={demand.refetch} />}
      {data && (
        <>
          <p>
            Searches by link workers from {longDate(filters.from)} to {longDate(filters.to)}. A search that found nothing is demand the directory does not meet.
          </p>
          <DemandSection id="need" title="Unmet demand by need" first="Need" rows={data.byNeed.rows} csv={filterQuery(filters, 'NEED')} />
          <DemandSection id="area" title="Unmet demand by area" first="Outward code" rows={data.byArea.rows} csv={filterQuery(filters, 'OUTCODE')} />
          <section aria-labelledby="risk">
            <h2 className="nhsuk-heading-m" id="risk">
              Groups at risk
            </h2>
            <p>Organisations whose returns show a medium or high risk of closing or cutting back, highest first, with the reasons.</p>
            {data.sustainabilityRisks.length === 0 ? (
              <p>No organisation is at medium or high risk.</p>
            ) : (
              <DataTable
                caption="Organisations at medium or high sustainability risk"
                captionHidden
                columns={[{ heading: 'Organisation' }, { heading: 'Risk' }, { heading: 'Why' }]}
                rows={data.sustainabilityRisks.map((r) => [
                  <Link key="o" to={`/commissioning/audit?organisation=${r.organisation.id}`}>
                    {r.organisation.name}
                  </Link>,
                  <Tag key="r" colour={RISK[r.risk][1]}>
                    {RISK[r.risk][0]}
                  </Tag>,
                  <ul key="w" className="nhsuk-list nhsuk-u-margin-bottom-0">
                    {r.reasons.map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>,
                ])}
              />
            )}
          </section>
        </>
      )}
    </>
  );
}

function DemandSection({ id, title, first, rows, csv }: { id: string; title: string; first: string; rows: readonly Row[]; csv: string }) {
  const sorted = byUnmet(rows);
  const top = sorted.slice(0, TOP);
  return (
    <section aria-labelledby={id}>
      <h2 className="nhsuk-heading-m" id={id}>
        {title}
      </h2>
      {top.length === 0 ? (
        <p>No searches in this period.</p>
      ) : (
        <>
          <BarChart
            title={`${title}${rows.length > TOP ? ` (the ${TOP} largest)` : ''}`}
            labels={top.map((r) => r.label)}
            series={[
              { name: 'Searches', colour: 'blue', values: top.map((r) => r.searches) },
              { name: 'Found nothing', colour: 'red', values: top.map((r) => r.zeroResultSearches) },
            ]}
          />
          <DataTable
            caption={title}
            columns={[
              { heading: first },
              { heading: 'Searches', numeric: true },
              { heading: 'Found nothing', numeric: true },
              { heading: 'Assured activities', numeric: true },
            ]}
            rows={sorted.map((r) => [r.label, r.searches, r.zeroResultSearches, r.assuredActivities])}
          />
        </>
      )}
      <CsvLink report="demand" query={csv} what={title.toLowerCase()} />
    </section>
  );
}
