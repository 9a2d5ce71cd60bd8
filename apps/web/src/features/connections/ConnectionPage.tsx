import { FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from '../../api/hooks';
import { SummaryList } from '../../components/content';
import { ErrorSummary } from '../../components/error-summary';
import { InsetText, Loading, NotificationBanner, WarningCallout } from '../../components/feedback';
import { Radios } from '../../components/form-fields';
import { BackLink } from '../../components/navigation';
import { PageHeading } from '../../components/page';
import { DataTable } from '../../components/table';
import { graphql } from '../../gql';
import type { WithdrawReason } from '../../gql/graphql';
import { useSession } from '../../app/session';
import { ErrorPanel, NotFoundPage } from '../pages/StatusPages';
import { longDate } from '../search/format';
import { DECLINE_REASONS, FLAGS, isOpen, OUTCOMES, OutcomeTag, WITHDRAW_REASONS } from './outcome';

const CONNECTION = graphql(`
  query Connection($id: ID!) {
    connection(id: $id) {
      id
      createdAt
      outcome
      declineReason
      withdrawReason
      waitingList
      answerBy
      flag
      hasContact
      contactErasedAt
      needs {
        code
        label
      }
      activity {
        id
        title
        organisation {
          id
          name
        }
      }
      referrer {
        name
        organisationName
        email
      }
      history {
        outcome
        at
        by
      }
    }
  }
`);

const CONTACT = graphql(`
  query ConnectionContact($id: ID!) {
    connectionContact(id: $id) {
      name
      phone
      email
      eraseAfter
      reads {
        reader
        at
      }
    }
  }
`);

const ERASE = graphql(`
  mutation EraseConnectionContact($id: ID!) {
    eraseConnectionContact(id: $id) {
      id
      hasContact
      contactErasedAt
    }
  }
`);

const WITHDRAW = graphql(`
  mutation WithdrawConnection($id: ID!, $reason: WithdrawReason!) {
    withdrawConnection(id: $id, reason: $reason) {
      id
      outcome
      withdrawReason
    }
  }
`);

const when = (iso: string) => `${longDate(iso)}, ${new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}`;

/** One connection: where it stands, its history, the contact handoff (read on request, every read recorded) and withdrawing it. */
export function ConnectionPage() {
  const { id = '' } = useParams();
  const { user } = useSession();
  const connection = useQuery(CONNECTION, { id });
  const [reveal, setReveal] = useState(false);
  const contact = useQuery(CONTACT, { id }, { skip: !reveal });
  const erase = useMutation(ERASE);
  const withdraw = useMutation(WITHDRAW);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState<{ heading: string; text: string }>();

  if (connection.loading) return <Loading what="Loading the connection" />;
  if (connection.error?.code === 'NOT_FOUND' || connection.error?.code === 'FORBIDDEN') return <NotFoundPage />;
  if (connection.error || !connection.data)
    return <ErrorPanel message={connection.error?.message ?? 'The connection could not be loaded.'} retry={connection.refetch} />;
  const c = connection.data.connection;
  const referrer = user?.role === 'LINK_WORKER';
  const back = referrer ? '/connections' : `/organisations/${c.activity.organisation.id}/referrals`;
  const needs = c.needs.map((n) => n.code).join(',');

  const eraseNow = async () => {
    if (await erase.run({ id })) {
      setReveal(false);
      setDone({ heading: 'Contact details erased', text: 'Nobody can read them any more.' });
      await connection.refetch();
    }
  };

  const submitWithdraw = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason) return setProblem('Select why you are withdrawing the connection');
    setProblem('');
    if (await withdraw.run({ id, reason: reason as WithdrawReason })) {
      setDone({ heading: 'Connection withdrawn', text: 'The group has been told, so they will not wait for the person.' });
      await connection.refetch();
    }
  };

  const errors = [
    ...(problem ? [{ target: 'reason-0', message: problem }] : []),
    ...[erase.error, withdraw.error, contact.error].filter(Boolean).map((e) => ({ message: e!.message })),
  ];

  return (
    <>
      <BackLink to={back}>{referrer ? 'Back to my connections' : 'Back to referrals'}</BackLink>
      <ErrorSummary items={errors} />
      {done && (
        <NotificationBanner success focus heading={done.heading}>
          <p>{done.text}</p>
        </NotificationBanner>
      )}
      <PageHeading caption={c.activity.organisation.name}>Connection to {c.activity.title}</PageHeading>
      {c.flag && isOpen(c.outcome) && (
        <WarningCallout heading={FLAGS[c.flag]}>
          <p>
            This connection is still open. <Link to={`/?needs=${needs}`}>Find the person another option</Link>, then withdraw this one.
          </p>
        </WarningCallout>
      )}
      {c.outcome === 'NO_RESPONSE' && (
        <WarningCallout heading="The group did not answer in time">
          <p>
            <Link to={`/?needs=${needs}`}>Find the person another option</Link>.
          </p>
        </WarningCallout>
      )}
      <SummaryList
        rows={[
          ['Status', <OutcomeTag key="s" outcome={c.outcome} />],
          ['Recorded', longDate(c.createdAt)],
          ['Looking for help with', c.needs.map((n) => n.label).join(', ')],
          ...(c.waitingList ? ([['Waiting list', 'The activity was full: the person joins its waiting list']] as [string, string][]) : []),
          ...(c.answerBy ? ([['Group to answer by', longDate(c.answerBy)]] as [string, string][]) : []),
          ...(c.declineReason ? ([['Why declined', DECLINE_REASONS[c.declineReason]]] as [string, string][]) : []),
          ...(c.withdrawReason ? ([['Why withdrawn', WITHDRAW_REASONS[c.withdrawReason]]] as [string, string][]) : []),
          [
            'Referred by',
            <>
              {c.referrer.name ?? 'A link worker'}
              {c.referrer.organisationName && `, ${c.referrer.organisationName}`}
              <br />
              <a href={`mailto:${c.referrer.email}`}>{c.referrer.email}</a>
            </>,
          ],
        ]}
      />

      <h2 className="nhsuk-heading-m">Contact details</h2>
      {c.hasContact ? (
        reveal && contact.data ? (
          <>
            <SummaryList
              rows={[
                ['Name', contact.data.connectionContact.name],
                ...(contact.data.connectionContact.phone ? ([['Phone', contact.data.connectionContact.phone]] as [string, string][]) : []),
                ...(contact.data.connectionContact.email ? ([['Email', contact.data.connectionContact.email]] as [string, string][]) : []),
              ]}
            />
            <p className="nhsuk-body-s">
              {contact.data.connectionContact.eraseAfter
                ? `These details will be erased on ${longDate(contact.data.connectionContact.eraseAfter)}.`
                : 'These details are erased 90 days after the connection ends.'}
            </p>
            <DataTable
              caption="Who has read these details"
              columns={[{ heading: 'Read by' }, { heading: 'When' }]}
              rows={contact.data.connectionContact.reads.map((r) => [r.reader, when(r.at)])}
            />
          </>
        ) : (
          <>
            <p>The person agreed to share how to contact them with this group. Every time someone reads the details, it is recorded.</p>
            <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => setReveal(true)} disabled={contact.loading}>
              Show contact details
            </button>
          </>
        )
      ) : c.contactErasedAt ? (
        <InsetText>
          <p>The contact details were erased on {longDate(c.contactErasedAt)}.</p>
        </InsetText>
      ) : (
        <p>No contact details were shared. {referrer ? 'The group will contact you.' : 'Contact the link worker to arrange how the person joins.'}</p>
      )}
      {c.hasContact && (
        <button type="button" className="nhsuk-button nhsuk-button--warning" onClick={() => void eraseNow()} disabled={erase.running}>
          Erase contact details now
        </button>
      )}

      <h2 className="nhsuk-heading-m">History</h2>
      <DataTable
        caption="What happened, oldest first"
        captionHidden
        columns={[{ heading: 'When' }, { heading: 'What' }, { heading: 'By' }]}
        rows={c.history.map((e) => [when(e.at), e.outcome === 'PENDING' ? 'Recorded' : OUTCOMES[e.outcome][0], e.by])}
      />

      {referrer && isOpen(c.outcome) && (
        <form onSubmit={submitWithdraw} noValidate>
          <h2 className="nhsuk-heading-m">Withdraw this connection</h2>
          <Radios
            id="reason"
            legend="Why are you withdrawing it?"
            hint="The group will be told, so they do not wait for the person."
            items={Object.entries(WITHDRAW_REASONS).map(([value, label]) => ({ value, label }))}
            selected={reason}
            onChange={setReason}
            error={problem}
            small
          />
          <button type="submit" className="nhsuk-button nhsuk-button--secondary" disabled={withdraw.running}>
            Withdraw connection
          </button>
        </form>
      )}
    </>
  );
}
