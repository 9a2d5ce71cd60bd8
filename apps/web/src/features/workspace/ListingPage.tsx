import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from '../../api/hooks';
import { Loading, NotificationBanner, WarningCallout } from '../../components/feedback';
import { graphql } from '../../gql';
import type { CapacityState } from '../../gql/graphql';
import { ErrorPanel, NotFoundPage } from '../pages/StatusPages';
import { ActivityCard } from '../search/ActivityCard';
import { longDate } from '../search/format';
import { AvailabilityButtons, ListingStatusTag } from './listing-status';
import { CONFIRM_LISTING, SET_AVAILABILITY } from './ListingsPage';
import { useOrganisationId, WorkspaceFrame } from './WorkspaceFrame';

const LISTING = graphql(`
  query ManagedListing($id: ID!) {
    activity(id: $id) {
      id
      title
      status
      pausedReason
      resumesOn
      organisation {
        id
      }
      ...ActivityCard
    }
  }
`);

const RESUME = graphql(`
  mutation ResumeListing($id: ID!) {
    resumeActivity(id: $id) {
      id
    }
  }
`);

const CLOSE = graphql(`
  mutation CloseListing($id: ID!) {
    closeActivity(id: $id) {
      id
    }
  }
`);

const DUPLICATE = graphql(`
  mutation DuplicateListing($id: ID!) {
    duplicateActivity(id: $id) {
      id
    }
  }
`);

const NOTICES: Record<string, string> = {
  saved: 'Listing saved',
  created: 'Listing added',
  paused: 'Listing paused',
};

/** One listing as its leader manages it: what link workers see, and every change to it. */
export function ListingPage() {
  const organisationId = useOrganisationId();
  const { activityId = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const listing = useQuery(LISTING, { id: activityId });
  const availability = useMutation(SET_AVAILABILITY);
  const confirm = useMutation(CONFIRM_LISTING);
  const resume = useMutation(RESUME);
  const close = useMutation(CLOSE);
  const duplicate = useMutation(DUPLICATE);
  const [notice, setNotice] = useState(NOTICES[params.get('done') ?? '']);
  const [closing, setClosing] = useState(false);

  const a = listing.data?.activity;
  if (listing.loading && !a) return <Loading what="Loading the listing" />;
  if (listing.error?.code === 'NOT_FOUND' || (listing.data && (!a || a.organisation.id !== organisationId))) return <NotFoundPage />;
  if (listing.error || !a) return <ErrorPanel message={listing.error?.message ?? 'The listing could not be loaded.'} retry={listing.refetch} />;

  const act = async (done: Promise<unknown>, message: string) => {
    if (await done) {
      setNotice(message);
      setClosing(false);
      await listing.refetch();
    }
  };
  const copy = async () => {
    const done = await duplicate.run({ id: a.id });
    if (done) void navigate(`/organisations/${organisationId}/listings/${done.duplicateActivity.id}/edit?copied=1`);
  };
  const failure = availability.error ?? confirm.error ?? resume.error ?? close.error ?? duplicate.error;
  const base = `/organisations/${organisationId}/listings`;

  return (
    <WorkspaceFrame title={a.title} back={{ to: base, text: 'All listings' }}>
      {notice && !failure && (
        <NotificationBanner success focus heading={notice}>
          <p>Below is what link workers see when they search.</p>
        </NotificationBanner>
      )}
      {failure && <ErrorPanel message={failure.message} />}
      <p className="app-result__tags">
        <ListingStatusTag status={a.status} resumesOn={a.resumesOn} />
      </p>
      {a.status === 'PAUSED' && (
        <WarningCallout heading="This listing is paused">
          <p>Link workers cannot find it in search{a.pausedReason ? `. You said: “${a.pausedReason}”` : ''}.</p>
          {a.resumesOn && <p>It comes back by itself on {longDate(a.resumesOn)}.</p>}
        </WarningCallout>
      )}
      {a.status === 'CLOSED' && (
        <WarningCallout heading="This listing is closed">
          <p>Link workers cannot find it. Open it again if the activity restarts.</p>
        </WarningCallout>
      )}

      <h2 className="nhsuk-heading-m">What link workers see</h2>
      <ul className="app-results">
        <ActivityCard activity={a} headingLevel={3} />
      </ul>

      <h2 className="nhsuk-heading-m">Places</h2>
      <AvailabilityButtons
        id={a.id}
        title={a.title}
        state={a.capacity.state}
        disabled={availability.running || a.status === 'CLOSED'}
        onChoose={(state: CapacityState) => void act(availability.run({ id: a.id, state }), 'Places updated')}
      />

      <h2 className="nhsuk-heading-m nhsuk-u-margin-top-5">Keep it right</h2>
      <div className="app-actions nhsuk-u-margin-bottom-5">
        <Link className="nhsuk-button" to={`${base}/${a.id}/edit`}>
          Edit listing
        </Link>
        {a.status !== 'CLOSED' && (
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            disabled={confirm.running}
            onClick={() => void act(confirm.run({ id: a.id }), 'Confirmed as up to date')}
          >
            Confirm up to date
          </button>
        )}
        <button type="button" className="nhsuk-button nhsuk-button--secondary" disabled={duplicate.running} onClick={() => void copy()}>
          Copy to a new listing
        </button>
      </div>

      <h2 className="nhsuk-heading-m">Take it out of search</h2>
      <div className="app-actions">
        {a.status === 'ACTIVE' && (
          <Link className="nhsuk-button nhsuk-button--secondary" to={`${base}/${a.id}/pause`}>
            Pause for a while
          </Link>
        )}
        {a.status !== 'ACTIVE' && (
          <button type="button" className="nhsuk-button" disabled={resume.running} onClick={() => void act(resume.run({ id: a.id }), 'Listing back in search')}>
            {a.status === 'PAUSED' ? 'Resume now' : 'Open again'}
          </button>
        )}
        {a.status !== 'CLOSED' && !closing && (
          <button type="button" className="nhsuk-button nhsuk-button--warning" onClick={() => setClosing(true)}>
            Close listing
          </button>
        )}
      </div>
      {closing && (
        <WarningCallout heading="Close this listing?">
          <p>Close it when the activity has stopped for good. Link workers will no longer find it; referrals already made stay in your inbox.</p>
          <div className="app-actions">
            <button
              type="button"
              className="nhsuk-button nhsuk-button--warning"
              disabled={close.running}
              onClick={() => void act(close.run({ id: a.id }), 'Listing closed')}
            >
              Yes, close it
            </button>
            <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => setClosing(false)}>
              No, keep it
            </button>
          </div>
        </WarningCallout>
      )}
      <p className="nhsuk-u-margin-top-5">
        <Link to={`/activities/${a.id}`}>See the full listing as link workers do</Link>
      </p>
    </WorkspaceFrame>
  );
}
