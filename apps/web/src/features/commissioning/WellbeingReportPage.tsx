import { useQuery } from '../../api/hooks';
import { BarChart } from '../../components/charts';
import { InsetText, Loading } from '../../components/feedback';
import { PageHeading } from '../../components/page';
import { chartPercent, CsvLink, percent, withheld } from '../../components/report-figures';
import { DataTable } from '../../components/table';
import { graphql } from '../../gql';
import type { WellbeingRowsFragment } from '../../gql/graphql';
import { ErrorPanel } from '../pages/StatusPages';
import { longDate } from '../search/format';
import { ITEM_NAMES } from '../wellbeing/wellbeing-labels';
import { CommissioningNav } from './CommissioningNav';
import { filterQuery, ReportFilterForm, useReportFilters } from './report-filters';

graphql(`
  fragment WellbeingRows on WellbeingReport {
    from
    to
    rows {
      key
      label
      people
      suppressed
      items {
        item
        meanFirst
        meanFollowUp
        meanChange
        improvedShare
      }
    }
  }
`);

const WELLBEING = graphql(`
  query WellbeingDashboard($range: ReportRange!) {
    overall: wellbeingReport(range: $range, groupBy: ALL) {
      ...WellbeingRows
    }
    byDecile: wellbeingReport(range: $range, groupBy: DEPRIVATION_DECILE) {
      ...WellbeingRows
    }
    byAge: wellbeingReport(range: $range, groupBy: AGE_BAND) {
      ...WellbeingRows
    }
    bySex: wellbeingReport(range: $range, groupBy: SEX) {
      ...WellbeingRows
    }
    byEthnicGroup: wellbeingReport(range: $range, groupBy: ETHNIC_GROUP) {
      ...WellbeingRows
    }
    byNeed: wellbeingReport(range: $range, groupBy: NEED) {
      ...WellbeingRows
    }
  }
`);

type Report = WellbeingRowsFragment;
type Row = Report['rows'][number];
const signed = (n: number) => (n > 0 ? `+${n.toFixed(1)}` : n.toFixed(1));
const lifeSatisfaction = (row: Row) => row.items.find((i) => i.item === 'LIFE_SATISFACTION');

/** Change in ONS4 wellbeing between first contact and follow-up, overall and by equity band: charts with their tables and CSV. */
export function WellbeingReportPage() {
  const filters = useReportFilters();
  const report = useQuery(WELLBEING, { range: { from: filters.from, to: filters.to, need: filters.need || undefined } });
  const data = report.data;
  const overall = data?.overall.rows[0];
  return (
    <>
      <PageHeading>Wellbeing</PageHeading>
      <CommissioningNav current="wellbeing" />
      <ReportFilterForm filters={filters} path="/commissioning/wellbeing" area={false} />
      <InsetText>
        <p>
          People are counted when their follow-up is recorded, by whole quarters. A quarter’s group of fewer than 10 people is left out of every figure, with
          one more group beside it, so nobody can be picked out; counts are rounded to the nearest 5.
        </p>
      </InsetText>
      {report.loading && !data && <Loading what="Loading the figures" />}
      {report.error && <ErrorPanel message={report.error.message} retry={report.refetch} />}
      {data && (
        <>
          <p>
            Whole quarters from {longDate(data.overall.from)} to {longDate(data.overall.to)}.
          </p>
          <section aria-labelledby="overall">
            <h2 className="nhsuk-heading-m" id="overall">
              Everyone followed up
            </h2>
            {!overall || overall.people === null ? (
              <p>Too few people were followed up in these quarters to show figures.</p>
            ) : (
              <>
                <p>
                  {overall.people} people had a first contact and a follow-up. {withheld(lifeSatisfaction(overall)?.improvedShare, percent)} of them were more
                  satisfied with their life by at least 1 point.
                </p>
                <BarChart
                  title="Average score at first contact and at follow-up (0 to 10)"
                  labels={overall.items.map((i) => ITEM_NAMES[i.item])}
                  series={[
                    { name: 'First contact', colour: 'grey', values: overall.items.map((i) => i.meanFirst) },
                    { name: 'Follow-up', colour: 'blue', values: overall.items.map((i) => i.meanFollowUp) },
                  ]}
                />
                <ChangeTable
                  caption="Average scores and change, everyone"
                  first="Question"
                  rows={overall.items.map((i) => ({ label: ITEM_NAMES[i.item], ...i, people: overall.people }))}
                />
              </>
            )}
            <CsvLink report="wellbeing" query={filterQuery({ ...filters, area: '' }, 'ALL')} what="wellbeing for everyone" />
          </section>
          <Breakdown
            id="by-decile"
            title="By area deprivation (IMD decile, 1 is the most deprived)"
            report={data.byDecile}
            groupBy="DEPRIVATION_DECILE"
            filters={filters}
          />
          <Breakdown id="by-age" title="By age" report={data.byAge} groupBy="AGE_BAND" filters={filters} />
          <Breakdown id="by-sex" title="By sex" report={data.bySex} groupBy="SEX" filters={filters} />
          <Breakdown id="by-ethnic-group" title="By ethnic group" report={data.byEthnicGroup} groupBy="ETHNIC_GROUP" filters={filters} />
          <Breakdown id="by-need" title="By need" report={data.byNeed} groupBy="NEED" filters={filters} />
        </>
      )}
    </>
  );
}

/** One equity breakdown: people followed up and the share more satisfied with life, as a chart and a table. */
function Breakdown({
  id,
  title,
  report,
  groupBy,
  filters,
}: {
  id: string;
  title: string;
  report: Report;
  groupBy: string;
  filters: ReturnType<typeof useReportFilters>;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 className="nhsuk-heading-m" id={id}>
        {title}
      </h2>
      {report.rows.length === 0 ? (
        <p>Nobody was followed up in these quarters.</p>
      ) : (
        <>
          <BarChart
            title="Share of people more satisfied with life by at least 1 point (%)"
            labels={report.rows.map((r) => r.label)}
            series={[
              {
                name: 'More satisfied',
                colour: 'green',
                values: report.rows.map((r) => chartPercent(lifeSatisfaction(r)?.improvedShare)),
              },
            ]}
          />
          <DataTable
            caption={`People followed up and change in wellbeing: ${title}`}
            columns={[
              { heading: 'Group' },
              { heading: 'People', numeric: true },
              ...(['LIFE_SATISFACTION', 'WORTHWHILE', 'HAPPINESS', 'ANXIETY'] as const).map((item) => ({
                heading: `${ITEM_NAMES[item]}: change`,
                numeric: true,
              })),
              { heading: 'More satisfied with life', numeric: true },
            ]}
            rows={report.rows.map((r) => [
              r.suppressed && r.people !== null ? `${r.label} (some quarters withheld)` : r.label,
              withheld(r.people),
              ...r.items.map((i) => withheld(i.meanChange, signed)),
              withheld(lifeSatisfaction(r)?.improvedShare, percent),
            ])}
          />
        </>
      )}
      <CsvLink report="wellbeing" query={filterQuery({ ...filters, area: '' }, groupBy)} what={`wellbeing by ${groupBy.toLowerCase().replace(/_/g, ' ')}`} />
    </section>
  );
}

function ChangeTable({
  caption,
  first,
  rows,
}: {
  caption: string;
  first: string;
  rows: {
    label: string;
    people: number | null;
    meanFirst?: number | null;
    meanFollowUp?: number | null;
    meanChange?: number | null;
    improvedShare?: number | null;
  }[];
}) {
  return (
    <DataTable
      caption={caption}
      columns={[
        { heading: first },
        { heading: 'First contact', numeric: true },
        { heading: 'Follow-up', numeric: true },
        { heading: 'Change', numeric: true },
        { heading: 'Better by 1 point or more', numeric: true },
      ]}
      rows={rows.map((r) => [
        r.label,
        withheld(r.meanFirst, (n) => n.toFixed(1)),
        withheld(r.meanFollowUp, (n) => n.toFixed(1)),
        withheld(r.meanChange, signed),
        withheld(r.improvedShare, percent),
      ])}
    />
  );
}
