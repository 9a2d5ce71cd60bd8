import { FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from '../../api/hooks';
import { Loading, NotificationBanner } from '../../components/feedback';
import { Radios, Select } from '../../components/form-fields';
import { Pagination } from '../../components/navigation';
import { graphql } from '../../gql';
import type { ConnectionOutcome, DeclineReason } from '../../gql/graphql';
import { DECLINE_REASONS, OUTCOMES, OutcomeTag } from '../connections/outcome';
import { ErrorPanel } from '../pages/StatusPages';
import { longDate, time } from '../search/format';
import { announceWorkspaceChange, useOrganisationId, WorkspaceFrame } from './WorkspaceFrame';

const INBOX = graphql(`
  query ReferralsInbox($organisationId: ID!, $activityId: ID, $outcome: ConnectionOutcome, $first: Int, $after: String, $before: String) {
    organisationConnections(organisationId: $organisationId, activityId: $activityId, outcome: $outcome, first: $first, after: $after, before: $before) {
      id
      cursor
      createdAt
      outcome
      outcomeAt
      declineReason
      hasContact
      answerBy
      referrer {
        name
        organisationName
        email
      }
      needs {
        code
        label
      }
      activity {
        id
        title
      }
    }
    organisation(id: $organisationId) {
      id
      activities {
        id
        title
      }
    }
  }
`);

const ANSWER = graphql(`
  mutation AnswerReferral($id: ID!, $outcome: ConnectionOutcome!, $declineReason: DeclineReason) {
    updateConnectionOutcome(id: $id, outcome: $outcome, declineReason: $declineReason) {
      id
      outcome
    }
  }
`);

const PAGE = 50;
const NEXT: Partial<Record<ConnectionOutcome, [ConnectionOutcome, string][]>> = {
  PENDING: [
    ['ACCEPTED', 'Accept'],
    ['GROUP_FULL', 'Group full'],
  ],
  ACCEPTED: [
    ['ATTENDED', 'Attended'],
    ['DID_NOT_ATTEND', 'Did not attend'],
  ],
  ATTENDED: [['DID_NOT_ATTEND', 'Change to did not attend']],
  DID_NOT_ATTEND: [['ATTENDED', 'Change to attended']],
};

const when = (iso: string) =>
  `${longDate(iso)}, ${time(new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' }))}`;

/** Referrals link workers made to the organisation's activities, newest first: answer them, then record attendance. */
export function ReferralsPage() {
  const organisationId = useOrganisationId();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const status = (params.get('status') ?? '') as ConnectionOutcome | '';
  const activity = params.get('activity') ?? '';
  const after = params.get('after') ?? undefined;
  const before = params.get('before') ?? undefined;
  const [filters, setFilters] = useState<{ status: string; activity: string }>({ status, activity });
  const inbox = useQuery(INBOX, { organisationId, activityId: activity || undefined, outcome: status || undefined, first: PAGE + 1, after, before });
  const answer = useMutation(ANSWER);
  const [declining, setDeclining] = useState<string>();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const [notice, setNotice] = useState<string>();

  const rows = inbox.data?.organisationConnections ?? [];
  const more = rows.length > PAGE;
  const page = before ? rows.slice(more ? 1 : 0) : rows.slice(0, PAGE);
  const base = `/organisations/${organisationId}/referrals`;
  const link = (extra: Record<string, string>) =>
    `${base}?${new URLSearchParams({ ...(status ? { status } : {}), ...(activity ? { activity } : {}), ...extra }).toString()}`;

  const applyFilters = (event: FormEvent) => {
    event.preventDefault();
    const query = new URLSearchParams({
      ...(filters.status ? { status: filters.status } : {}),
      ...(filters.activity ? { activity: filters.activity } : {}),
    }).toString();
    void navigate(query ? `${base}?${query}` : base);
  };
  const set = async (id: string, outcome: ConnectionOutcome, title: string, declineReason?: DeclineReason) => {
    const done = await answer.run({ id, outcome, declineReason: declineReason ?? null });
    if (done) {
      setNotice(`${title}: ${OUTCOMES[outcome][0].toLowerCase()}`);
      setDeclining(undefined);
      setReason('');
      await inbox.refetch();
      announceWorkspaceChange();
    }
  };
  const decline = async (event: FormEvent, id: string, title: string) => {
    event.preventDefault();
    if (!reason) return setReasonError('Select why you are declining the referral');
    setReasonError(undefined);
    await set(id, 'DECLINED', title, reason as DeclineReason);
  };

  return (
    <WorkspaceFrame section="referrals" title="Referrals">
      {notice && !answer.error && <NotificationBanner success focus heading={notice} />}
      {answer.error && <ErrorPanel message={answer.error.message} />}
      <p>Link workers connect people to your activities here. Answer each referral, then record whether the person came.</p>
      <form className="app-actions nhsuk-u-margin-bottom-4" onSubmit={applyFilters}>
        <Select
          id="status"
          label="Status"
          value={filters.status}
          options={[{ value: '', label: 'All referrals' }, ...(Object.keys(OUTCOMES) as ConnectionOutcome[]).map((o) => ({ value: o, label: OUTCOMES[o][0] }))]}
          onChange={(value) => setFilters((f) => ({ ...f, status: value }))}
        />
        <Select
          id="activity"
          label="Activity"
          value={filters.activity}
          options={[{ value: '', label: 'All activities' }, ...(inbox.data?.organisation?.activities ?? []).map((a) => ({ value: a.id, label: a.title }))]}
          onChange={(value) => setFilters((f) => ({ ...f, activity: value }))}
        />
        <button type="submit" className="nhsuk-button nhsuk-button--secondary">
          Show referrals
        </button>
      </form>
      {inbox.loading && !inbox.data && <Loading what="Loading referrals" />}
      {inbox.error && <ErrorPanel message={inbox.error.message} retry={inbox.refetch} />}
      {inbox.data && !page.length && <p>No referrals {status || activity ? 'match these filters' : 'yet'}.</p>}
      <ul className="nhsuk-list">
        {page.map((c) => (
          <li key={c.id} className="nhsuk-card">
            <div className="nhsuk-card__content">
              <h2 className="nhsuk-card__heading nhsuk-heading-s">
                <Link to={`/connections/${c.id}`}>
                  {c.activity.title}
                  <span className="nhsuk-u-visually-hidden">: referral on {longDate(c.createdAt)}</span>
                </Link>
              </h2>
              <p className="app-result__tags">
                <OutcomeTag outcome={c.outcome} />
                {c.hasContact && <span className="nhsuk-body-s"> Contact details shared: open the referral to see them</span>}
              </p>
              <dl className="app-result__facts">
                <div>
                  <dt>Referred</dt>
                  <dd>{when(c.createdAt)}</dd>
                </div>
                <div>
                  <dt>Looking for help with</dt>
                  <dd>{c.needs.map((n) => n.label).join(', ')}</dd>
                </div>
                <div>
                  <dt>Referred by</dt>
                  <dd>
                    {c.referrer.name ?? 'A link worker'}
                    {c.referrer.organisationName && `, ${c.referrer.organisationName}`} (<a href={`mailto:${c.referrer.email}`}>{c.referrer.email}</a>)
                  </dd>
                </div>
                {c.answerBy && (
                  <div>
                    <dt>Please answer by</dt>
                    <dd>{longDate(c.answerBy)}</dd>
                  </div>
                )}
                {c.declineReason && (
                  <div>
                    <dt>Why declined</dt>
                    <dd>{DECLINE_REASONS[c.declineReason]}</dd>
                  </div>
                )}
              </dl>
              {(NEXT[c.outcome] || c.outcome === 'PENDING') && (
                <div className="app-actions nhsuk-u-margin-top-3">
                  {NEXT[c.outcome]?.map(([outcome, label]) => (
                    <button
                      key={outcome}
                      type="button"
                      className={`nhsuk-button nhsuk-button--small${outcome === 'ACCEPTED' || outcome === 'ATTENDED' ? '' : ' nhsuk-button--secondary'}`}
                      disabled={answer.running}
                      onClick={() => void set(c.id, outcome, c.activity.title)}
                    >
                      {label}
                      <span className="nhsuk-u-visually-hidden">
                        : referral to {c.activity.title} on {longDate(c.createdAt)}
                      </span>
                    </button>
                  ))}
                  {c.outcome === 'PENDING' && declining !== c.id && (
                    <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={() => setDeclining(c.id)}>
                      Decline
                      <span className="nhsuk-u-visually-hidden">
                        : referral to {c.activity.title} on {longDate(c.createdAt)}
                      </span>
                    </button>
                  )}
                </div>
              )}
              {declining === c.id && (
                <form className="nhsuk-u-margin-top-4" onSubmit={(e) => void decline(e, c.id, c.activity.title)}>
                  <Radios
                    id={`reason-${c.id}`}
                    legend="Why are you declining?"
                    hint="The link worker sees this, so they can find the person something else"
                    items={(Object.keys(DECLINE_REASONS) as DeclineReason[]).map((r) => ({ value: r, label: DECLINE_REASONS[r] }))}
                    selected={reason}
                    onChange={setReason}
                    error={reasonError}
                    small
                  />
                  <div className="app-actions">
                    <button type="submit" className="nhsuk-button nhsuk-button--warning" disabled={answer.running}>
                      Decline referral
                    </button>
                    <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => setDeclining(undefined)}>
                      Cancel
                    </button>
                  </div>
                </form>
              )}
            </div>
          </li>
        ))}
      </ul>
      <Pagination
        previous={(before ? more : !!after) && page.length ? { to: link({ before: page[0].cursor }), label: 'Newer referrals' } : undefined}
        next={(before ? true : more) && page.length ? { to: link({ after: page[page.length - 1].cursor }), label: 'Older referrals' } : undefined}
      />
    </WorkspaceFrame>
  );
}
