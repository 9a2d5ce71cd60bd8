import { useQuery } from '../../api/hooks';
import { Loading } from '../../components/feedback';
import { percent, withheld } from '../../components/report-figures';
import { DataTable } from '../../components/table';
import { graphql } from '../../gql';
import { ErrorPanel } from '../pages/StatusPages';
import { ITEM_NAMES } from '../wellbeing/wellbeing-labels';

const GROUP_WELLBEING = graphql(`
  query GroupWellbeing($organisationId: ID!) {
    organisationWellbeing(organisationId: $organisationId) {
      from
      to
      rows {
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
  }
`);

/** This year's change in wellbeing of the people link workers connected to the group: evidence for funding bids. */
export function GroupWellbeing({ organisationId }: { organisationId: string }) {
  const wellbeing = useQuery(GROUP_WELLBEING, { organisationId });
  const row = wellbeing.data?.organisationWellbeing.rows[0];
  const year = wellbeing.data?.organisationWellbeing.from.slice(0, 4);
  return (
    <section aria-labelledby="group-wellbeing">
      <h2 className="nhsuk-heading-m" id="group-wellbeing">
        Wellbeing of the people referred to you
      </h2>
      {wellbeing.loading && !wellbeing.data && <Loading what="Loading wellbeing" />}
      {wellbeing.error && <ErrorPanel message={wellbeing.error.message} retry={wellbeing.refetch} />}
      {wellbeing.data &&
        (!row || row.people === null ? (
          <p>
            Not enough people referred to you had a wellbeing follow-up in {year} to show figures: we show them once there are at least 10 in a quarter, so
            nobody can be recognised.
          </p>
        ) : (
          <>
            <p>
              In {year}, {row.people} people connected to your activities answered the ONS wellbeing questions at their first contact and again at follow-up.
              {row.suppressed && ' Some quarters had too few people to include.'} You may quote these figures in funding bids.
            </p>
            <DataTable
              caption={`Average wellbeing at first contact and at follow-up, ${year}`}
              columns={[
                { heading: 'Question' },
                { heading: 'First contact', numeric: true },
                { heading: 'Follow-up', numeric: true },
                { heading: 'Better by 1 point or more', numeric: true },
              ]}
              rows={row.items.map((i) => [
                ITEM_NAMES[i.item],
                withheld(i.meanFirst, (n) => n.toFixed(1)),
                withheld(i.meanFollowUp, (n) => n.toFixed(1)),
                withheld(i.improvedShare, percent),
              ])}
            />
          </>
        ))}
    </section>
  );
}
