import { FormEvent, useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from '../../api/hooks';
import { ErrorSummary } from '../../components/error-summary';
import { Loading, NotificationBanner } from '../../components/feedback';
import { Select, TextInput } from '../../components/form-fields';
import { Pagination } from '../../components/navigation';
import { PageHeading } from '../../components/page';
import { graphql } from '../../gql';
import type { ConnectionOutcome } from '../../gql/graphql';
import { ErrorPanel } from '../pages/StatusPages';
import { shortDate } from '../search/format';
import { FLAGS, isOpen, OUTCOMES, OutcomeTag } from './outcome';

const PAGE = 20;

const MY_CONNECTIONS = graphql(`
  query MyConnections($outcome: ConnectionOutcome, $personReference: String, $first: Int, $after: String, $before: String) {
    myConnections(outcome: $outcome, personReference: $personReference, first: $first, after: $after, before: $before) {
      id
      cursor
      outcome
      flag
      hasContact
      createdAt
      answeredAt
      needs {
        code
        label
      }
      activity {
        id
        title
        organisation {
          name
        }
      }
    }
  }
`);

const UPDATE_OUTCOME = graphql(`
  mutation UpdateConnectionOutcome($id: ID!, $outcome: ConnectionOutcome!) {
    updateConnectionOutcome(id: $id, outcome: $outcome) {
      id
      outcome
    }
  }
`);

/** The link worker's connections, newest first: what the groups said, and attendance to record. */
export function MyConnectionsPage() {
  const [params] = useSearchParams();
  const recordedFor = (useLocation().state as { personReference?: string | null } | null)?.personReference;
  const navigate = useNavigate();
  const status = (params.get('status') ?? '') as ConnectionOutcome | '';
  const person = params.get('person') ?? '';
  const after = params.get('after') ?? undefined;
  const before = params.get('before') ?? undefined;
  const [filter, setFilter] = useState<string>(status);
  const [personFilter, setPersonFilter] = useState(person);
  const { data, error, loading, refetch } = useQuery(MY_CONNECTIONS, {
    outcome: status || undefined,
    personReference: person || undefined,
    first: PAGE + 1,
    after,
    before,
  });
  const update = useMutation(UPDATE_OUTCOME);
  const [updated, setUpdated] = useState<string>();

  const rows = data?.myConnections ?? [];
  const more = rows.length > PAGE;
  const page = before ? rows.slice(more ? 1 : 0) : rows.slice(0, PAGE);
  const hasNewer = before ? more : !!after;
  const hasOlder = before ? true : more;
  const filters = (chosen: { status?: string; person?: string }) =>
    new URLSearchParams({ ...(chosen.status ? { status: chosen.status } : {}), ...(chosen.person ? { person: chosen.person } : {}) });
  const link = (extra: Record<string, string>) =>
    `/connections?${new URLSearchParams({ ...Object.fromEntries(filters({ status, person })), ...extra }).toString()}`;

  const applyFilter = (event: FormEvent) => {
    event.preventDefault();
    const query = filters({ status: filter, person: personFilter.trim() }).toString();
    void navigate(query ? `/connections?${query}` : '/connections');
  };

  const setOutcome = async (id: string, outcome: ConnectionOutcome, title: string) => {
    const done = await update.run({ id, outcome });
    if (done) {
      setUpdated(`${title}: ${OUTCOMES[outcome][0].toLowerCase()}`);
      await refetch();
    }
  };

  return (
    <>
      <ErrorSummary items={update.error ? [{ message: update.error.message }] : []} />
      {params.get('recorded') && !updated && (
        <NotificationBanner success focus heading="Connection recorded">
          <p>The group can now see it in their referrals. You will see here when they answer.</p>
          {recordedFor && (
            <p>
              If this is your first contact with them,{' '}
              <Link to="/wellbeing/record?occasion=FIRST_CONTACT" state={{ personReference: recordedFor }}>
                record their wellbeing scores
              </Link>
              .
            </p>
          )}
        </NotificationBanner>
      )}
      {updated && (
        <NotificationBanner success focus heading="Outcome saved">
          <p>{updated}</p>
        </NotificationBanner>
      )}
      <PageHeading>My connections</PageHeading>
      <form onSubmit={applyFilter} noValidate className="app-filter-form">
        <Select
          id="status"
          label="Show"
          value={filter}
          onChange={setFilter}
          options={[{ value: '', label: 'All connections' }, ...Object.entries(OUTCOMES).map(([value, [label]]) => ({ value, label }))]}
        />
        <TextInput
          id="person"
          label="Your reference for the person"
          hint="Shows only their connections"
          value={personFilter}
          onChange={setPersonFilter}
          width="10"
          spellCheck={false}
          autoComplete="off"
        />
        <button className="nhsuk-button nhsuk-button--secondary" type="submit">
          Show
        </button>
      </form>
      {loading && <Loading what="Loading your connections" />}
      {error && <ErrorPanel message={error.message} retry={refetch} />}
      {data && page.length === 0 && (
        <p>
          {status || person ? 'You have no connections that match.' : 'You have not recorded any connections yet.'} <Link to="/">Find an activity</Link> to
          connect someone to.
        </p>
      )}
      {page.length > 0 && (
        <table className="nhsuk-table-responsive">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Your connections, newest first</caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col" className="nhsuk-table__header">
                Activity
              </th>
              <th scope="col" className="nhsuk-table__header">
                Needs
              </th>
              <th scope="col" className="nhsuk-table__header">
                Recorded
              </th>
              <th scope="col" className="nhsuk-table__header">
                Status
              </th>
              <th scope="col" className="nhsuk-table__header">
                Attendance
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {page.map((c) => (
              <tr className="nhsuk-table__row" key={c.id}>
                <td className="nhsuk-table__cell">
                  <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                    Activity{' '}
                  </span>
                  {/* One block: on a phone the cell lays out its children side by side. */}
                  <div>
                    <Link to={`/connections/${c.id}`}>
                      {c.activity.title}
                      <span className="nhsuk-u-visually-hidden">, recorded {shortDate(c.createdAt)}</span>
                    </Link>
                    <span className="nhsuk-body-s app-block">{c.activity.organisation.name}</span>
                    {c.hasContact && <span className="nhsuk-body-s app-block">Contact details shared</span>}
                  </div>
                </td>
                <td className="nhsuk-table__cell">
                  <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                    Needs{' '}
                  </span>
                  {c.needs.map((n) => n.label).join(', ')}
                </td>
                <td className="nhsuk-table__cell">
                  <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                    Recorded{' '}
                  </span>
                  {shortDate(c.createdAt)}
                </td>
                <td className="nhsuk-table__cell">
                  <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                    Status{' '}
                  </span>
                  <div>
                    <OutcomeTag outcome={c.outcome} />
                    {c.answeredAt && <span className="nhsuk-body-s app-block">Group answered {shortDate(c.answeredAt)}</span>}
                    {c.flag && isOpen(c.outcome) && <strong className="nhsuk-body-s app-block app-warning-text">{FLAGS[c.flag]}</strong>}
                    {c.outcome === 'NO_RESPONSE' && (
                      <Link className="nhsuk-body-s app-block" to={`/?needs=${c.needs.map((n) => n.code).join(',')}`}>
                        Find another option<span className="nhsuk-u-visually-hidden"> instead of {c.activity.title}</span>
                      </Link>
                    )}
                  </div>
                </td>
                <td className="nhsuk-table__cell">
                  <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                    Attendance{' '}
                  </span>
                  {['ACCEPTED', 'ATTENDED', 'DID_NOT_ATTEND'].includes(c.outcome) ? (
                    <span className="app-inline-actions">
                      {c.outcome !== 'ATTENDED' && (
                        <button
                          type="button"
                          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                          disabled={update.running}
                          onClick={() => setOutcome(c.id, 'ATTENDED', c.activity.title)}
                        >
                          Attended<span className="nhsuk-u-visually-hidden">: {c.activity.title}</span>
                        </button>
                      )}
                      {c.outcome !== 'DID_NOT_ATTEND' && (
                        <button
                          type="button"
                          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                          disabled={update.running}
                          onClick={() => setOutcome(c.id, 'DID_NOT_ATTEND', c.activity.title)}
                        >
                          Did not attend<span className="nhsuk-u-visually-hidden">: {c.activity.title}</span>
                        </button>
                      )}
                    </span>
                  ) : (
                    <span className="nhsuk-body-s">{c.outcome === 'PENDING' ? 'Once the group accepts' : 'Not needed'}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination
        previous={hasNewer && page.length ? { to: link({ before: page[0].cursor }), label: 'Newer connections' } : undefined}
        next={hasOlder && page.length ? { to: link({ after: page[page.length - 1].cursor }), label: 'Older connections' } : undefined}
      />
    </>
  );
}
