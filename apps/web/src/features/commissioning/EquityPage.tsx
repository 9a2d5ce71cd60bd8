import { useQuery } from '../../api/hooks';
import { BarChart } from '../../components/charts';
import { InsetText, Loading } from '../../components/feedback';
import { PageHeading } from '../../components/page';
import { chartPercent, CsvLink, percent, withheld } from '../../components/report-figures';
import { DataTable } from '../../components/table';
import { graphql } from '../../gql';
import type { EquityDashboardQuery, EquityRowsFragment } from '../../gql/graphql';
import { ErrorPanel } from '../pages/StatusPages';
import { longDate } from '../search/format';
import { CommissioningNav } from './CommissioningNav';
import { filterQuery, ReportFilterForm, ReportFilters, useReportFilters } from './report-filters';

graphql(`
  fragment EquityRows on EquityReport {
    populationSource
    rows {
      key
      label
      people
      connections
      attended
      connectionShare
      populationShare
      suppressed
    }
  }
`);

const EQUITY = graphql(`
  query EquityDashboard($range: ReportRange!) {
    byDecile: equityReport(range: $range, band: DEPRIVATION_DECILE) {
      from
      to
      ...EquityRows
    }
    byAge: equityReport(range: $range, band: AGE_BAND) {
      ...EquityRows
    }
    bySex: equityReport(range: $range, band: SEX) {
      ...EquityRows
    }
    byEthnicGroup: equityReport(range: $range, band: ETHNIC_GROUP) {
      ...EquityRows
    }
    deprivedAreaDemand(range: $range) {
      mostDeprivedDeciles
      fewerThan
      outcodesWithDecile
      needs {
        key
        label
        searches
        noResults
        fewResults
        shortShare
        shortShareElsewhere
      }
      areas {
        outcode
        decile
        searches
        noResults
        fewResults
      }
    }
  }
`);

/** Who the directory reaches, by the equity bands people gave at first contact, beside the area's population; and who it is not reaching. */
export function EquityPage() {
  const filters = useReportFilters();
  const report = useQuery(EQUITY, { range: { from: filters.from, to: filters.to, need: filters.need || undefined, area: filters.area || undefined } });
  const data = report.data;
  return (
    <>
      <PageHeading>Equity of access</PageHeading>
      <CommissioningNav current="equity" />
      <ReportFilterForm filters={filters} path="/commissioning/equity" />
      <InsetText>
        <p>
          People are counted by the answers they chose to give at their first wellbeing contact: age band, sex, ethnic group, and the deprivation of the area
          they lived in. Counts are rounded to the nearest 5 and a count of 1 to 4 is withheld, so that nobody can be picked out.
        </p>
      </InsetText>
      {report.loading && !data && <Loading what="Loading the figures" />}
      {report.error && <ErrorPanel message={report.error.message} retry={report.refetch} />}
      {data && (
        <>
          <p>
            Connections made in whole months from {longDate(data.byDecile.from)} to {longDate(data.byDecile.to)}.{' '}
            {data.byDecile.populationSource ? `Population figures: ${data.byDecile.populationSource}.` : 'No population figures are loaded for this area.'}
          </p>
          <BandSection
            id="by-decile"
            title="By area deprivation (IMD decile, 1 is the most deprived)"
            name="area deprivation"
            band="DEPRIVATION_DECILE"
            report={data.byDecile}
            filters={filters}
          />
          <BandSection id="by-age" title="By age" name="age" band="AGE_BAND" report={data.byAge} filters={filters} />
          <BandSection id="by-sex" title="By sex" name="sex" band="SEX" report={data.bySex} filters={filters} />
          <BandSection id="by-ethnic-group" title="By ethnic group" name="ethnic group" band="ETHNIC_GROUP" report={data.byEthnicGroup} filters={filters} />
          <NotReached demand={data.deprivedAreaDemand} filters={filters} />
        </>
      )}
    </>
  );
}

function BandSection({
  id,
  title,
  name,
  band,
  report,
  filters,
}: {
  id: string;
  title: string;
  name: string;
  band: string;
  report: EquityRowsFragment;
  filters: ReportFilters;
}) {
  const recorded = report.rows.filter((r) => r.key !== 'NOT_RECORDED');
  const notRecorded = report.rows.find((r) => r.key === 'NOT_RECORDED');
  return (
    <section aria-labelledby={id}>
      <h2 className="nhsuk-heading-m" id={id}>
        {title}
      </h2>
      <BarChart
        title={report.populationSource ? 'Share of connections and of the area’s population (%)' : 'Share of connections (%)'}
        labels={recorded.map((r) => r.label)}
        series={[
          { name: 'Connections', colour: 'blue', values: recorded.map((r) => chartPercent(r.connectionShare)) },
          ...(report.populationSource ? [{ name: 'Population', colour: 'grey' as const, values: recorded.map((r) => chartPercent(r.populationShare)) }] : []),
        ]}
      />
      <DataTable
        caption={`People connected, connections and attendance by ${name}`}
        columns={[
          { heading: 'Group' },
          { heading: 'People', numeric: true },
          { heading: 'Connections', numeric: true },
          { heading: 'Attended', numeric: true },
          { heading: 'Share of connections', numeric: true },
          { heading: 'Share of population', numeric: true },
        ]}
        rows={report.rows.map((r) => [
          r.label,
          withheld(r.people),
          withheld(r.connections),
          withheld(r.attended),
          r.key === 'NOT_RECORDED' ? '–' : withheld(r.connectionShare, percent),
          r.key === 'NOT_RECORDED' ? '–' : r.populationShare === null ? 'not known' : percent(r.populationShare),
        ])}
      />
      {notRecorded && <p className="nhsuk-body-s">Shares are of the connections whose {band === 'DEPRIVATION_DECILE' ? 'area' : 'answer'} was recorded.</p>}
      <CsvLink report="equity" query={filterQuery(filters, band)} what={`equity of access by ${name}`} />
    </section>
  );
}

type Demand = EquityDashboardQuery['deprivedAreaDemand'];

/** Needs searched for from the most deprived areas that found nothing or few activities, beside the same share elsewhere. */
function NotReached({ demand, filters }: { demand: Demand; filters: ReportFilters }) {
  const few = demand.fewerThan === 3 ? '1 or 2' : `1 to ${demand.fewerThan - 1}`;
  return (
    <section aria-labelledby="not-reached">
      <h2 className="nhsuk-heading-m" id="not-reached">
        Who we are not reaching
      </h2>
      <p>
        Searches link workers made near the most deprived areas (IMD deciles 1 to {demand.mostDeprivedDeciles}, by the outward code searched from) that found
        nothing or only {few} activities. Where that happens more often than elsewhere, people there are less well served.
      </p>
      {demand.outcodesWithDecile === 0 ? (
        <p>
          Areas cannot be placed in deciles yet: load a postcode gazetteer with its areas (<code>postcodes:load</code>) and the English Indices of Deprivation (
          <code>deprivation:load</code>).
        </p>
      ) : demand.needs.length === 0 ? (
        <p>No searches were made near the most deprived areas in these months.</p>
      ) : (
        <>
          <BarChart
            title="Searches that found nothing or few activities (%)"
            labels={demand.needs.map((n) => n.label)}
            series={[
              { name: 'Most deprived areas', colour: 'red', values: demand.needs.map((n) => chartPercent(n.shortShare)) },
              { name: 'Elsewhere', colour: 'grey', values: demand.needs.map((n) => chartPercent(n.shortShareElsewhere)) },
            ]}
          />
          <DataTable
            caption="Searches near the most deprived areas, by need"
            columns={[
              { heading: 'Need' },
              { heading: 'Searches', numeric: true },
              { heading: 'Found nothing', numeric: true },
              { heading: `Found ${few}`, numeric: true },
              { heading: 'Left short', numeric: true },
              { heading: 'Left short elsewhere', numeric: true },
            ]}
            rows={demand.needs.map((n) => [
              n.label,
              n.searches,
              n.noResults,
              n.fewResults,
              withheld(n.shortShare, percent),
              withheld(n.shortShareElsewhere, percent),
            ])}
          />
          <CsvLink report="deprived-areas" query={filterQuery(filters, 'NEED')} what="searches near the most deprived areas by need" />
          <DataTable
            caption="The most deprived areas searched from"
            columns={[
              { heading: 'Outward code' },
              { heading: 'Decile', numeric: true },
              { heading: 'Searches', numeric: true },
              { heading: 'Found nothing', numeric: true },
              { heading: `Found ${few}`, numeric: true },
            ]}
            rows={demand.areas.map((a) => [a.outcode, a.decile, a.searches, a.noResults, a.fewResults])}
          />
          <CsvLink report="deprived-areas" query={filterQuery(filters, 'OUTCODE')} what="searches near the most deprived areas by area" />
        </>
      )}
    </section>
  );
}
