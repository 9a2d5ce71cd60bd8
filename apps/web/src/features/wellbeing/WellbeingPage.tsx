import { Link, useSearchParams } from 'react-router';
import { useQuery } from '../../api/hooks';
import { InsetText, Loading, NotificationBanner } from '../../components/feedback';
import { PageHeading } from '../../components/page';
import { DataTable } from '../../components/table';
import { graphql } from '../../gql';
import { ErrorPanel } from '../pages/StatusPages';
import { longDate } from '../search/format';

const DUE = graphql(`
  query WellbeingFollowUpsDue {
    wellbeingFollowUpsDue {
      firstContactId
      firstContactOn
      dueOn
      connectedTo
    }
  }
`);

/** The link worker's wellbeing measures: follow-ups falling due, and where to record scores. */
export function WellbeingPage() {
  const [params] = useSearchParams();
  const due = useQuery(DUE, {});
  const today = new Date().toISOString().slice(0, 10);
  const weekAgo = new Date(Date.parse(today) - 7 * 86_400_000).toISOString().slice(0, 10);
  const recorded = params.get('recorded');
  return (
    <>
      {recorded && (
        <NotificationBanner success title="Saved">
          <p>{recorded === 'FOLLOW_UP' ? 'The follow-up scores are saved with the person’s first contact.' : 'The first contact scores are saved.'}</p>
        </NotificationBanner>
      )}
      <PageHeading>Wellbeing</PageHeading>
      <p>
        Ask the four ONS personal wellbeing questions when you first meet someone and again about 8 to 12 weeks later. The change shows whether social
        prescribing is helping.
      </p>
      <Link to="/wellbeing/record" className="nhsuk-button">
        Record wellbeing scores
      </Link>
      <h2 className="nhsuk-heading-m">Follow-ups due</h2>
      {due.loading && !due.data && <Loading what="Loading follow-ups" />}
      {due.error && <ErrorPanel message={due.error.message} retry={due.refetch} />}
      {due.data &&
        (due.data.wellbeingFollowUpsDue.length === 0 ? (
          <p>No follow-ups are due in the next week.</p>
        ) : (
          <>
            <InsetText>
              <p>
                The directory does not know who these people are: find them by the first contact date and the activities in your own records, then record the
                follow-up with your reference for them.
              </p>
            </InsetText>
            <DataTable
              caption="First contacts whose follow-up is due, oldest first"
              captionHidden
              columns={[{ heading: 'First contact' }, { heading: 'Follow-up due' }, { heading: 'Activities since first contact' }]}
              rows={due.data.wellbeingFollowUpsDue.map((d) => [
                longDate(d.firstContactOn),
                d.dueOn <= today ? <strong key="due">{`${longDate(d.dueOn)} (${d.dueOn < weekAgo ? 'overdue' : 'due now'})`}</strong> : longDate(d.dueOn),
                d.connectedTo.length ? d.connectedTo.join(', ') : 'No connection recorded',
              ])}
            />
            <Link to="/wellbeing/record?occasion=FOLLOW_UP">Record a follow-up</Link>
          </>
        ))}
    </>
  );
}
