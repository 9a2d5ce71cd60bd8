import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery } from '../../api/hooks';
import { Loading, NotificationBanner } from '../../components/feedback';
import { graphql } from '../../gql';
import type { CapacityState } from '../../gql/graphql';
import { ErrorPanel } from '../pages/StatusPages';
import { ago, longDate } from '../search/format';
import { CapacityTag } from '../search/status-tags';
import { AvailabilityButtons, ListingStatusTag } from './listing-status';
import { useOrganisationId, WorkspaceFrame } from './WorkspaceFrame';

const LISTINGS = graphql(`
  query OrganisationListings($id: ID!) {
    organisation(id: $id) {
      id
      activities {
        id
        title
        status
        resumesOn
        lastVerifiedAt
        freshness
        confirmBy
        capacity {
          state
        }
      }
    }
  }
`);

export const SET_AVAILABILITY = graphql(`
  mutation SetAvailability($id: ID!, $state: CapacityState!) {
    setActivityAvailability(id: $id, state: $state) {
      id
      capacity {
        state
      }
    }
  }
`);

export const CONFIRM_LISTING = graphql(`
  mutation ConfirmListing($id: ID!) {
    confirmActivityUpToDate(id: $id) {
      id
      lastVerifiedAt
    }
  }
`);

const CONFIRM_ALL = graphql(`
  mutation ConfirmAllListings($organisationId: ID!) {
    confirmOrganisationListingsUpToDate(organisationId: $organisationId)
  }
`);

/** Every listing of the organisation, with the everyday changes one tap away. */
export function ListingsPage() {
  const organisationId = useOrganisationId();
  const listings = useQuery(LISTINGS, { id: organisationId });
  const availability = useMutation(SET_AVAILABILITY);
  const confirm = useMutation(CONFIRM_LISTING);
  const confirmAll = useMutation(CONFIRM_ALL);
  const [params] = useSearchParams();
  const confirmedByLink = params.get('done') === 'confirmed' ? Number(params.get('count')) || 0 : undefined;
  const [notice, setNotice] = useState<string | undefined>(
    confirmedByLink === undefined ? undefined : `${confirmedByLink} ${confirmedByLink === 1 ? 'listing' : 'listings'} confirmed as up to date. Thank you.`,
  );

  const setState = async (id: string, title: string, state: CapacityState) => {
    if (await availability.run({ id, state })) {
      setNotice(
        `${title}: ${state === 'FULL' ? 'marked full' : state === 'WAITING_LIST' ? 'waiting list only' : 'spaces available'}. Link workers see this now.`,
      );
      await listings.refetch();
    }
  };
  const confirmOne = async (id: string, title: string) => {
    if (await confirm.run({ id })) {
      setNotice(`${title}: confirmed as up to date.`);
      await listings.refetch();
    }
  };
  const confirmEvery = async () => {
    const done = await confirmAll.run({ organisationId });
    if (done) {
      setNotice(`${done.confirmOrganisationListingsUpToDate} listings confirmed as up to date.`);
      await listings.refetch();
    }
  };
  const failure = availability.error ?? confirm.error ?? confirmAll.error;

  return (
    <WorkspaceFrame section="listings" title="Listings">
      {notice && !failure && <NotificationBanner success focus heading={notice} />}
      {failure && <ErrorPanel message={failure.message} />}
      <div className="app-actions nhsuk-u-margin-bottom-5">
        <Link className="nhsuk-button" to={`/organisations/${organisationId}/listings/new`}>
          Add a listing
        </Link>
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => void confirmEvery()} disabled={confirmAll.running}>
          Confirm all listings are up to date
        </button>
      </div>
      {listings.loading && !listings.data && <Loading what="Loading the listings" />}
      {listings.error && <ErrorPanel message={listings.error.message} retry={listings.refetch} />}
      {listings.data?.organisation && !listings.data.organisation.activities.length && <p>No listings yet. Add the first one so link workers can find you.</p>}
      <ul className="nhsuk-list">
        {listings.data?.organisation?.activities.map((a) => {
          const stale = a.freshness !== 'FRESH';
          return (
            <li key={a.id} className="nhsuk-card">
              <div className="nhsuk-card__content">
                <h2 className="nhsuk-card__heading nhsuk-heading-s">
                  <Link to={`/organisations/${organisationId}/listings/${a.id}`}>{a.title}</Link>
                </h2>
                <p className="app-result__tags">
                  <ListingStatusTag status={a.status} resumesOn={a.resumesOn} /> <CapacityTag state={a.capacity.state} />
                </p>
                <p className={stale ? 'nhsuk-u-font-weight-bold' : undefined}>
                  {a.lastVerifiedAt ? `Last confirmed ${ago(a.lastVerifiedAt)}` : 'Never confirmed'}
                  {a.freshness === 'DUE' && a.confirmBy && `: confirm it by ${longDate(a.confirmBy)}`}
                  {a.freshness === 'STALE' && ': link workers are told it may be out of date. Check it is still right'}
                </p>
                {a.status !== 'CLOSED' && (
                  <>
                    <AvailabilityButtons
                      id={a.id}
                      title={a.title}
                      state={a.capacity.state}
                      disabled={availability.running}
                      onChoose={(state) => void setState(a.id, a.title, state)}
                    />
                    <p className="nhsuk-u-margin-top-3 nhsuk-u-margin-bottom-0">
                      <button
                        type="button"
                        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
                        onClick={() => void confirmOne(a.id, a.title)}
                        disabled={confirm.running}
                      >
                        Confirm up to date<span className="nhsuk-u-visually-hidden">: {a.title}</span>
                      </button>
                    </p>
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </WorkspaceFrame>
  );
}
