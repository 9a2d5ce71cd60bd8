import { Link } from 'react-router';
import { useQuery } from '../../api/hooks';
import { Loading } from '../../components/feedback';
import { PageHeading } from '../../components/page';
import { graphql } from '../../gql';
import { ErrorPanel } from '../pages/StatusPages';
import { AssuranceTag } from '../search/status-tags';

const MY_ORGANISATIONS = graphql(`
  query MyOrganisations {
    me {
      id
      organisations {
        id
        name
        assuranceStatus
        assuredUntil
        workspace {
          waitingReferrals
          activeListings
          pausedListings
          listingsToConfirm
          evidenceExpiringSoon
          nextSteps
        }
      }
    }
  }
`);

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A leader's home: each organisation they run, its assurance, and what to do next. */
export function OrganisationsPage() {
  const { data, error, loading, refetch } = useQuery(MY_ORGANISATIONS, {});
  if (loading) return <Loading what="Loading your organisations" />;
  if (error || !data?.me) return <ErrorPanel message={error?.message ?? 'Your organisations could not be loaded.'} retry={refetch} />;
  const organisations = data.me.organisations;
  return (
    <>
      <PageHeading>My organisations</PageHeading>
      {!organisations.length && <p>You are not a leader of any organisation yet. Ask your administrator to add you to your group’s organisation.</p>}
      <ul className="nhsuk-list">
        {organisations.map((o) => (
          <li key={o.id} className="nhsuk-card">
            <div className="nhsuk-card__content">
              <h2 className="nhsuk-card__heading nhsuk-heading-m">{o.name}</h2>
              <p className="app-result__tags">
                <AssuranceTag status={o.assuranceStatus} />
              </p>
              {o.workspace.nextSteps.length ? (
                <>
                  <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">What to do next</h3>
                  <ul className="nhsuk-list nhsuk-list--bullet">
                    {o.workspace.nextSteps.map((step) => (
                      <li key={step}>{step}</li>
                    ))}
                  </ul>
                </>
              ) : (
                <p>Nothing needs doing right now.</p>
              )}
              <ul className="nhsuk-list app-workspace-links">
                <li>
                  <Link to={`/organisations/${o.id}/listings`}>
                    Listings
                    <span className="nhsuk-u-visually-hidden"> of {o.name}</span>
                  </Link>{' '}
                  ({plural(o.workspace.activeListings, 'active', 'active')}
                  {o.workspace.pausedListings > 0 && `, ${o.workspace.pausedListings} paused`})
                </li>
                <li>
                  <Link to={`/organisations/${o.id}/referrals`}>
                    Referrals
                    <span className="nhsuk-u-visually-hidden"> of {o.name}</span>
                  </Link>{' '}
                  ({o.workspace.waitingReferrals ? `${plural(o.workspace.waitingReferrals, 'referral', 'referrals')} waiting` : 'none waiting'})
                </li>
                <li>
                  <Link to={`/organisations/${o.id}/venues`}>
                    Venues
                    <span className="nhsuk-u-visually-hidden"> of {o.name}</span>
                  </Link>
                </li>
                <li>
                  <Link to={`/organisations/${o.id}/returns`}>
                    Returns
                    <span className="nhsuk-u-visually-hidden"> of {o.name}</span>
                  </Link>
                </li>
                <li>
                  <Link to={`/organisations/${o.id}/assurance`}>
                    Assurance
                    <span className="nhsuk-u-visually-hidden"> of {o.name}</span>
                  </Link>
                  {o.workspace.evidenceExpiringSoon > 0 && ` (${plural(o.workspace.evidenceExpiringSoon, 'item expires', 'items expire')} soon)`}
                </li>
              </ul>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
