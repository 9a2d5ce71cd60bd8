import { Link, useSearchParams } from 'react-router';
import { useQuery } from '../../api/hooks';
import { Tag } from '../../components/content';
import { Loading } from '../../components/feedback';
import { PageHeading } from '../../components/page';
import { DataTable } from '../../components/table';
import { graphql } from '../../gql';
import { concernCategoryLabel } from '../concerns/categories';
import { ErrorPanel } from '../pages/StatusPages';
import { daysSince, longDate } from '../search/format';
import { TIER_NAMES } from '../assurance/labels';

const QUEUE = graphql(`
  query ReviewQueue($withinDays: Int!) {
    assessmentQueue {
      id
      tier
      submittedAt
      timesReturned
      organisation {
        id
        name
      }
    }
    expiringEvidence(withinDays: $withinDays) {
      assessmentId
      itemKey
      title
      validUntil
      organisation {
        id
        name
      }
    }
    concerns(status: OPEN) {
      id
      category
      raisedAt
      precautionarySuspension
      organisation {
        id
        name
      }
    }
  }
`);

const WINDOWS = [30, 60, 90];
const waiting = (days: number) => (days === 0 ? 'Under a day' : days === 1 ? '1 day' : `${days} days`);

/** The assurer's work: assessments waiting longest first, evidence about to run out, and open concerns with safeguarding first. */
export function ReviewQueuePage() {
  const [params, setParams] = useSearchParams();
  const within = WINDOWS.includes(Number(params.get('within'))) ? Number(params.get('within')) : 30;
  const queue = useQuery(QUEUE, { withinDays: within });
  const data = queue.data;
  return (
    <>
      <PageHeading>Assurance work</PageHeading>
      {queue.loading && !data && <Loading what="Loading the queue" />}
      {queue.error && <ErrorPanel message={queue.error.message} retry={queue.refetch} />}
      {data && (
        <>
          <h2 className="nhsuk-heading-m">Assessments to review ({data.assessmentQueue.length})</h2>
          {data.assessmentQueue.length === 0 ? (
            <p>Nothing is waiting for review.</p>
          ) : (
            <DataTable
              caption="Submitted assessments, longest waiting first"
              captionHidden
              columns={[{ heading: 'Organisation' }, { heading: 'Tier' }, { heading: 'Submitted' }, { heading: 'Waiting', numeric: true }]}
              rows={data.assessmentQueue.map((a) => [
                <>
                  <Link to={`/review/assessments/${a.id}`}>{a.organisation.name}</Link>
                  {a.timesReturned > 0 && (
                    <>
                      {' '}
                      <Tag colour="blue">Resubmitted</Tag>
                    </>
                  )}
                </>,
                TIER_NAMES[a.tier],
                a.submittedAt ? longDate(a.submittedAt) : '',
                a.submittedAt ? waiting(daysSince(a.submittedAt)) : '',
              ])}
            />
          )}

          <h2 className="nhsuk-heading-m">Open concerns ({data.concerns.length})</h2>
          {data.concerns.length === 0 ? (
            <p>There are no open concerns.</p>
          ) : (
            <DataTable
              caption="Open concerns, safeguarding first"
              captionHidden
              columns={[{ heading: 'Organisation' }, { heading: 'Concern' }, { heading: 'Raised' }]}
              rows={data.concerns.map((c) => [
                <Link key={c.id} to={`/review/concerns/${c.id}`}>
                  {c.organisation.name}
                </Link>,
                <>
                  <Tag colour={c.category === 'SAFEGUARDING' ? 'red' : 'grey'}>{concernCategoryLabel(c.category)}</Tag>
                  {c.precautionarySuspension && <span className="app-block nhsuk-body-s nhsuk-u-margin-top-1">Suspended as a precaution</span>}
                </>,
                longDate(c.raisedAt),
              ])}
            />
          )}
          <p>
            <Link to="/review/concerns">All concerns, open and resolved</Link>
          </p>

          <h2 className="nhsuk-heading-m">Evidence running out</h2>
          <nav aria-label="How far ahead" className="nhsuk-u-margin-bottom-3">
            Within:{' '}
            {WINDOWS.map((days, i) => (
              <span key={days}>
                {i > 0 && ' · '}
                {days === within ? (
                  <strong aria-current="true">{days} days</strong>
                ) : (
                  <a
                    href={`?within=${days}`}
                    onClick={(e) => {
                      e.preventDefault();
                      setParams({ within: String(days) });
                    }}
                  >
                    {days} days
                  </a>
                )}
              </span>
            ))}
          </nav>
          {data.expiringEvidence.length === 0 ? (
            <p>No evidence runs out in the next {within} days.</p>
          ) : (
            <DataTable
              caption={`Evidence running out in the next ${within} days, soonest first`}
              captionHidden
              columns={[{ heading: 'Organisation' }, { heading: 'Evidence' }, { heading: 'Last valid day' }]}
              rows={[...data.expiringEvidence]
                .sort((a, b) => a.validUntil.localeCompare(b.validUntil))
                .map((e) => [e.organisation.name, e.title, longDate(e.validUntil)])}
            />
          )}
        </>
      )}
    </>
  );
}
