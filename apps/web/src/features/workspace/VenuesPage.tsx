import { Link, useSearchParams } from 'react-router';
import { useQuery } from '../../api/hooks';
import { Loading, NotificationBanner } from '../../components/feedback';
import { graphql } from '../../gql';
import { ErrorPanel } from '../pages/StatusPages';
import { useOrganisationId, WorkspaceFrame } from './WorkspaceFrame';

const VENUES = graphql(`
  query OrganisationVenues($id: ID!) {
    organisation(id: $id) {
      id
      venues(includeArchived: true) {
        id
        name
        addressLine1
        town
        postcode
        precision
        locationNote
        archived
        accessibility {
          code
          label
        }
      }
    }
  }
`);

const NOTICES: Record<string, string> = { added: 'Venue added', saved: 'Venue saved', archived: 'Venue archived' };

/** The places the organisation meets; listings choose from these. */
export function VenuesPage() {
  const organisationId = useOrganisationId();
  const [params] = useSearchParams();
  const venues = useQuery(VENUES, { id: organisationId });
  const all = venues.data?.organisation?.venues ?? [];
  const notice = NOTICES[params.get('done') ?? ''];
  return (
    <WorkspaceFrame section="venues" title="Venues">
      {notice && <NotificationBanner success focus heading={notice} />}
      <p>
        <Link className="nhsuk-button" to={`/organisations/${organisationId}/venues/new`}>
          Add a venue
        </Link>
      </p>
      {venues.loading && !venues.data && <Loading what="Loading the venues" />}
      {venues.error && <ErrorPanel message={venues.error.message} retry={venues.refetch} />}
      {venues.data && !all.length && <p>No venues yet. Add the places where your activities happen.</p>}
      {[false, true].map((archived) => {
        const shown = all.filter((v) => v.archived === archived);
        if (!shown.length) return null;
        return (
          <section key={String(archived)}>
            {archived && <h2 className="nhsuk-heading-m">Archived venues</h2>}
            <ul className="nhsuk-list">
              {shown.map((v) => (
                <li key={v.id} className="nhsuk-card">
                  <div className="nhsuk-card__content">
                    <h2 className="nhsuk-card__heading nhsuk-heading-s">{v.name}</h2>
                    <p>{[v.addressLine1, v.town, v.postcode].filter(Boolean).join(', ')}</p>
                    <p className="nhsuk-body-s">
                      {v.precision === 'COORDINATES' ? 'Placed exactly by the position you gave.' : v.precision === 'POSTCODE' ? 'Placed at its postcode.' : ''}
                      {v.locationNote && `${v.locationNote}.`}
                    </p>
                    <p>{v.accessibility.length ? v.accessibility.map((f) => f.label).join(', ') : 'No accessibility features listed'}</p>
                    {!archived && (
                      <p className="nhsuk-u-margin-bottom-0">
                        <Link to={`/organisations/${organisationId}/venues/${v.id}/edit`}>
                          Edit<span className="nhsuk-u-visually-hidden"> {v.name}</span>
                        </Link>
                      </p>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </WorkspaceFrame>
  );
}
