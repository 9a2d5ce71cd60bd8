import { Link, useParams } from 'react-router';
import { useQuery } from '../../api/hooks';
import { SummaryList } from '../../components/content';
import { Loading, WarningCallout } from '../../components/feedback';
import { PageHeading } from '../../components/page';
import { graphql } from '../../gql';
import type { ActivityPageQuery } from '../../gql/graphql';
import { useSession } from '../../app/session';
import { ErrorPanel, NotFoundPage } from '../pages/StatusPages';
import { ages, ago, cost, languageName, longDate, nextSession, recurrenceText, time } from '../search/format';
import { AssuranceTag, CapacityTag, deliveryModeLabel } from '../search/status-tags';

export const ACTIVITY_PAGE = graphql(`
  query ActivityPage($id: ID!) {
    activity(id: $id) {
      id
      title
      description
      deliveryMode
      free
      costDescription
      minimumAge
      maximumAge
      languages
      selfReferral
      howToJoin
      contactEmail
      contactPhone
      termTimeOnly
      status
      pausedReason
      resumesOn
      lastVerifiedAt
      needs {
        code
        label
      }
      category {
        label
      }
      accessibility {
        code
        label
      }
      schedule {
        day
        startTime
        endTime
        recurrence
        firstDate
        weekOfMonth
      }
      capacity {
        placesPerSession
        spacesAvailable
        waitingList
        state
      }
      groupResponse {
        referrals
        medianHoursToAnswer
        acceptanceRate
      }
      venue {
        name
        addressLine1
        town
        postcode
        transportNotes
        locationNote
      }
      coverageOutcodes
      coverageDistrictNames
      organisation {
        id
        name
        website
        email
        phone
        assuranceStatus
        assuredUntil
      }
    }
  }
`);

type Activity = NonNullable<ActivityPageQuery['activity']>;

/** "Usually answers within 2 days; accepted 80% of 25 referrals in the last year". */
function responseText(r: NonNullable<Activity['groupResponse']>): string {
  const hours = r.medianHoursToAnswer;
  const within =
    hours === null
      ? null
      : hours < 24
        ? `${Math.max(1, Math.round(hours))} hour${Math.round(hours) > 1 ? 's' : ''}`
        : `${Math.round(hours / 24)} day${Math.round(hours / 24) > 1 ? 's' : ''}`;
  return `${within ? `Usually answers within ${within}; ` : ''}accepted ${Math.round(r.acceptanceRate * 100)}% of ${r.referrals} referrals in the last year`;
}

function capacityText(c: Activity['capacity']): string {
  if (c.state === 'FULL') return 'Full at the moment';
  if (c.state === 'WAITING_LIST') return c.waitingList ? `Full, with ${c.waitingList} on the waiting list` : 'Full, but keeping a waiting list';
  if (c.spacesAvailable !== null)
    return `${c.spacesAvailable} ${c.spacesAvailable === 1 ? 'space' : 'spaces'} available${c.placesPerSession ? ` (of ${c.placesPerSession} a session)` : ''}`;
  return 'Spaces available';
}

function assuranceText(o: Activity['organisation']): string {
  if (o.assuranceStatus === 'ASSURED' || o.assuranceStatus === 'EXPIRING') return o.assuredUntil ? `Assured until ${longDate(o.assuredUntil)}` : 'Assured';
  if (o.assuranceStatus === 'LAPSED') return o.assuredUntil ? `Assurance ended on ${longDate(o.assuredUntil)}` : 'Assurance has lapsed';
  if (o.assuranceStatus === 'SUBMITTED') return 'The assurance team is checking this group';
  return 'This group has not been assured yet: check it is suitable before connecting someone';
}

/** Everything a link worker needs to judge fit and tell the person; prints cleanly to hand over. */
export function ActivityPage() {
  const { id = '' } = useParams();
  const { hasRole, user, manages } = useSession();
  const { data, error, loading, refetch } = useQuery(ACTIVITY_PAGE, { id });
  if (loading) return <Loading what="Loading the activity" />;
  if (error?.code === 'NOT_FOUND' || (data && !data.activity))
    return error?.message === 'This activity is not currently available' ? <Unavailable /> : <NotFoundPage />;
  if (error || !data?.activity) return <ErrorPanel message={error?.message ?? 'The activity could not be loaded.'} retry={refetch} />;
  const a = data.activity;
  const o = a.organisation;
  const next = nextSession(a.schedule);

  return (
    <article className="app-activity nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading caption={o.name}>{a.title}</PageHeading>
        <p className="app-result__tags">
          <AssuranceTag status={o.assuranceStatus} /> <CapacityTag state={a.capacity.state} />
        </p>
        {a.status !== 'ACTIVE' && (
          <WarningCallout heading={a.status === 'PAUSED' ? 'This activity is paused' : 'This activity has closed'}>
            {a.pausedReason && <p>The group says: {a.pausedReason}</p>}
            {a.resumesOn && <p>It starts again on {longDate(a.resumesOn)}.</p>}
            <p>Do not connect anyone to it for now. Search for another activity.</p>
          </WarningCallout>
        )}
        <p className="nhsuk-lede-text">{a.description}</p>

        <h2 className="nhsuk-heading-m">When</h2>
        {a.schedule.length ? (
          <>
            {next && <p>Next session: {next}</p>}
            {a.termTimeOnly && <p>School term time only: not in the school holidays.</p>}
            <table className="nhsuk-table">
              <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">When the sessions are</caption>
              <thead className="nhsuk-table__head">
                <tr>
                  <th scope="col" className="nhsuk-table__header">
                    Day
                  </th>
                  <th scope="col" className="nhsuk-table__header">
                    Time
                  </th>
                </tr>
              </thead>
              <tbody className="nhsuk-table__body">
                {a.schedule.map((s) => (
                  <tr className="nhsuk-table__row" key={`${s.day}${s.startTime}${s.recurrence}${s.weekOfMonth}`}>
                    <td className="nhsuk-table__cell">{recurrenceText(s)}</td>
                    <td className="nhsuk-table__cell">
                      {time(s.startTime)} to {time(s.endTime)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : (
          <p>Ask the group when it meets.</p>
        )}

        <h2 className="nhsuk-heading-m">Where</h2>
        {a.venue ? (
          <>
            <p>
              {a.venue.name}
              <br />
              {a.venue.addressLine1}
              <br />
              {a.venue.town}
              <br />
              {a.venue.postcode}
            </p>
            {a.venue.locationNote && <p className="nhsuk-hint">{a.venue.locationNote}.</p>}
            {a.venue.transportNotes && <p>Getting there: {a.venue.transportNotes}</p>}
          </>
        ) : (
          <p>{deliveryModeLabel[a.deliveryMode]}: the person takes part from home.</p>
        )}
        {(a.coverageOutcodes.length > 0 || a.coverageDistrictNames.length > 0) && (
          <p>
            Comes to people in{' '}
            {[...a.coverageDistrictNames, ...(a.coverageOutcodes.length ? [`postcode areas ${a.coverageOutcodes.join(', ')}`] : [])].join(', ')}.
          </p>
        )}

        <h2 className="nhsuk-heading-m">Details</h2>
        <SummaryList
          rows={[
            ['Helps with', a.needs.map((n) => n.label).join(', ')],
            ...(a.category ? ([['Type of activity', a.category.label]] as [string, string][]) : []),
            ['How it runs', deliveryModeLabel[a.deliveryMode]],
            [
              'Accessibility',
              a.accessibility.length ? (
                <ul className="nhsuk-list nhsuk-list--bullet nhsuk-u-margin-bottom-0">
                  {a.accessibility.map((f) => (
                    <li key={f.code}>{f.label}</li>
                  ))}
                </ul>
              ) : (
                'The group has not listed any accessibility features: ask them'
              ),
            ],
            ['Cost', cost(a.free, a.costDescription)],
            ['Ages', ages(a.minimumAge, a.maximumAge)],
            ['Languages', a.languages.map(languageName).join(', ')],
            [
              'How to join',
              <>
                {a.howToJoin && <p className="nhsuk-u-margin-bottom-2">{a.howToJoin}</p>}
                {a.selfReferral ? 'The person can contact the group themselves, or you can connect them' : 'Needs a referral from a link worker'}
              </>,
            ],
            ['Places', capacityText(a.capacity)],
            ...(a.groupResponse ? ([['Answering referrals', responseText(a.groupResponse)]] as [string, string][]) : []),
            ['Contact the group', <Contact key="contact" organisation={{ ...o, email: a.contactEmail ?? o.email, phone: a.contactPhone ?? o.phone }} />],
            ['Assurance', assuranceText(o)],
            [
              'Last checked',
              a.lastVerifiedAt ? `Checked by the group on ${longDate(a.lastVerifiedAt)} (${ago(a.lastVerifiedAt)})` : 'Not yet checked by the group',
            ],
          ]}
        />
      </div>
      <aside className="nhsuk-grid-column-one-third app-no-print" aria-label="What you can do">
        {manages(o.id) && (
          <div className="nhsuk-card">
            <div className="nhsuk-card__content">
              <h2 className="nhsuk-card__heading nhsuk-heading-s">Your listing</h2>
              <p className="nhsuk-u-margin-bottom-0">
                <Link to={`/organisations/${o.id}/listings/${a.id}`}>Manage this listing</Link>
              </p>
            </div>
          </div>
        )}
        <div className="nhsuk-card">
          <div className="nhsuk-card__content">
            <h2 className="nhsuk-card__heading nhsuk-heading-s">Connect someone</h2>
            {hasRole('LINK_WORKER') && a.status === 'ACTIVE' && (
              <Link className="nhsuk-button" to={`/activities/${a.id}/connect`}>
                Record a connection
              </Link>
            )}
            {!user && (
              <p>
                <Link to={`/sign-in?returnTo=${encodeURIComponent(`/activities/${a.id}`)}`}>Sign in</Link> to connect someone to this activity.
              </p>
            )}
            <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => window.print()}>
              Print for the person
            </button>
            {user && (
              <p className="nhsuk-u-margin-bottom-0">
                <Link to={`/activities/${a.id}/concern`}>Raise a concern about this group</Link>
              </p>
            )}
          </div>
        </div>
      </aside>
    </article>
  );
}

function Contact({ organisation: o }: { organisation: Activity['organisation'] }) {
  if (!o.phone && !o.email && !o.website) return <>Through the person’s link worker</>;
  return (
    <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
      {o.phone && (
        <li>
          Phone: <a href={`tel:${o.phone.replace(/\s/g, '')}`}>{o.phone}</a>
        </li>
      )}
      {o.email && (
        <li>
          Email: <a href={`mailto:${o.email}`}>{o.email}</a>
        </li>
      )}
      {o.website && (
        <li>
          Website: <a href={o.website}>{o.website.replace(/^https?:\/\//, '')}</a>
        </li>
      )}
    </ul>
  );
}

function Unavailable() {
  return (
    <>
      <PageHeading>This activity is not currently available</PageHeading>
      <p>It may be paused, or the group may be reviewing it.</p>
      <p>
        <Link to="/">Find another activity</Link>
      </p>
    </>
  );
}
