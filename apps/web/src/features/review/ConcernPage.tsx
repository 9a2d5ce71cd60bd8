import { FormEvent, useState } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery } from '../../api/hooks';
import { SummaryList, Tag } from '../../components/content';
import { ErrorSummary } from '../../components/error-summary';
import { Loading, NotificationBanner } from '../../components/feedback';
import { Checkbox, Textarea } from '../../components/form-fields';
import { BackLink } from '../../components/navigation';
import { PageHeading } from '../../components/page';
import { graphql } from '../../gql';
import { useSession } from '../../app/session';
import { concernCategoryLabel } from '../concerns/categories';
import { ErrorPanel, NotFoundPage } from '../pages/StatusPages';
import { AssuranceTag } from '../search/status-tags';
import { longDate } from '../search/format';
import { AuditTable } from '../commissioning/AuditTable';

const CONCERN = graphql(`
  query ConcernDetail($id: ID!) {
    concern(id: $id) {
      id
      category
      description
      status
      raisedAt
      resolvedAt
      resolutionNote
      precautionarySuspension
      organisation {
        id
        name
        assuranceStatus
      }
      activity {
        id
        title
      }
    }
  }
`);

const HISTORY = graphql(`
  query ConcernHistory($organisationId: ID!, $from: DateTime!) {
    assuranceAudit(organisationId: $organisationId, from: $from) {
      ...AuditRow
    }
  }
`);

const SUSPEND = graphql(`
  mutation SuspendOrganisation($organisationId: ID!, $reason: String!) {
    suspendOrganisation(organisationId: $organisationId, reason: $reason) {
      id
      assuranceStatus
    }
  }
`);

const LIFT = graphql(`
  mutation LiftSuspension($organisationId: ID!, $note: String!) {
    liftSuspension(organisationId: $organisationId, note: $note) {
      id
      assuranceStatus
    }
  }
`);

const RESOLVE = graphql(`
  mutation ResolveConcern($concernId: ID!, $note: String!, $reinstate: Boolean!) {
    resolveConcern(concernId: $concernId, note: $note, reinstate: $reinstate) {
      id
      status
    }
  }
`);

/** One concern: what was reported, what has happened since, and the assurer's actions (suspend, lift, resolve). */
export function ConcernPage() {
  const id = useParams().concernId ?? '';
  const { user } = useSession();
  const concern = useQuery(CONCERN, { id });
  const c = concern.data?.concern;
  const history = useQuery(HISTORY, { organisationId: c?.organisation.id ?? '', from: c?.raisedAt ?? '' }, { skip: !c });
  const [notice, setNotice] = useState<string>();
  if (concern.loading && !concern.data) return <Loading what="Loading the concern" />;
  if (concern.error?.code === 'NOT_FOUND') return <NotFoundPage />;
  if (concern.error || !c) return <ErrorPanel message={concern.error?.message ?? 'The concern could not be loaded.'} retry={concern.refetch} />;
  const suspended = c.organisation.assuranceStatus === 'SUSPENDED';
  const canAct = user?.role === 'ASSURER';
  const changed = async (message: string) => {
    setNotice(message);
    await concern.refetch();
    await history.refetch();
  };

  return (
    <>
      <BackLink to="/review/concerns">Concerns</BackLink>
      <PageHeading caption={c.organisation.name} title={`Concern: ${c.organisation.name}`}>
        {concernCategoryLabel(c.category)} concern
      </PageHeading>
      {notice && <NotificationBanner success heading={notice} />}
      <SummaryList
        rows={[
          ['Organisation', c.organisation.name],
          ['Assurance now', <AssuranceTag key="status" status={c.organisation.assuranceStatus} />],
          ...(c.activity ? ([['Activity', c.activity.title]] as [string, string][]) : []),
          ['Raised', longDate(c.raisedAt)],
          [
            'What was reported',
            <p key="d" className="app-pre-line nhsuk-u-margin-bottom-0">
              {c.description}
            </p>,
          ],
          ['Status', c.status === 'OPEN' ? <Tag colour="yellow">Open</Tag> : <Tag colour="green">Resolved</Tag>],
          ...(c.precautionarySuspension ? ([['Suspension', 'Raising it suspended the organisation at once, as a precaution']] as [string, string][]) : []),
          ...(c.resolvedAt ? ([['Resolved', `${longDate(c.resolvedAt)}: ${c.resolutionNote ?? ''}`]] as [string, string][]) : []),
        ]}
      />
      <h2 className="nhsuk-heading-m">What has happened since</h2>
      {history.data ? (
        <AuditTable events={history.data.assuranceAudit} caption="Events for this organisation since the concern was raised" />
      ) : (
        <Loading what="Loading the history" />
      )}
      {canAct && (
        <>
          {suspended ? (
            <LiftForm organisationId={c.organisation.id} done={() => changed('Suspension lifted')} />
          ) : (
            <SuspendForm organisationId={c.organisation.id} done={() => changed('Organisation suspended')} />
          )}
          {c.status === 'OPEN' && <ResolveForm concernId={c.id} suspended={suspended} done={() => changed('Concern resolved')} />}
        </>
      )}
    </>
  );
}

function SuspendForm({ organisationId, done }: { organisationId: string; done: () => Promise<void> }) {
  const suspend = useMutation(SUSPEND);
  return (
    <NoteForm
      id="suspend"
      heading="Suspend the organisation"
      hint="Its listings leave link workers’ search at once. Say why; the organisation’s leaders do not see this note."
      button="Suspend organisation"
      buttonClass="nhsuk-button--warning"
      running={suspend.running}
      error={suspend.error?.message}
      submit={async (reason) => !!(await suspend.run({ organisationId, reason })) && (await done(), true)}
    />
  );
}

function LiftForm({ organisationId, done }: { organisationId: string; done: () => Promise<void> }) {
  const lift = useMutation(LIFT);
  return (
    <NoteForm
      id="lift"
      heading="Lift the suspension"
      hint="The organisation goes back to the status it had before, unless its assurance ran out meanwhile."
      button="Lift suspension"
      buttonClass="nhsuk-button--secondary"
      running={lift.running}
      error={lift.error?.message}
      submit={async (note) => !!(await lift.run({ organisationId, note })) && (await done(), true)}
    />
  );
}

/** A heading, one required note and one button. */
function NoteForm(props: {
  id: string;
  heading: string;
  hint: string;
  button: string;
  buttonClass: string;
  running: boolean;
  error?: string;
  submit: (note: string) => Promise<boolean>;
}) {
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState<string>();
  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (!note.trim()) return setMissing('Write a note saying why');
    setMissing(undefined);
    if (await props.submit(note.trim())) setNote('');
  };
  return (
    <form onSubmit={send} noValidate className="nhsuk-u-margin-top-5">
      <h2 className="nhsuk-heading-m">{props.heading}</h2>
      {props.error && <ErrorSummary items={[{ target: `${props.id}-note`, message: props.error }]} />}
      <Textarea id={`${props.id}-note`} label="Note" hint={props.hint} value={note} onChange={setNote} error={missing} rows={3} maxLength={2000} />
      <button type="submit" className={`nhsuk-button ${props.buttonClass}`} disabled={props.running}>
        {props.button}
      </button>
    </form>
  );
}

function ResolveForm({ concernId, suspended, done }: { concernId: string; suspended: boolean; done: () => Promise<void> }) {
  const resolve = useMutation(RESOLVE);
  const [note, setNote] = useState('');
  const [reinstate, setReinstate] = useState(false);
  const [error, setError] = useState<string>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!note.trim()) return setError('Say what you found and what was done');
    setError(undefined);
    if (await resolve.run({ concernId, note: note.trim(), reinstate })) await done();
  };
  return (
    <form onSubmit={submit} noValidate className="nhsuk-u-margin-top-5">
      <h2 className="nhsuk-heading-m">Resolve the concern</h2>
      {resolve.error && <ErrorSummary items={[{ target: 'resolve-note', message: resolve.error.message }]} />}
      <Textarea
        id="resolve-note"
        label="What you found and what was done"
        hint="Do not include anyone’s name or health details."
        value={note}
        onChange={setNote}
        error={error}
        rows={4}
        maxLength={2000}
      />
      {suspended && <Checkbox id="reinstate" label="Lift the organisation’s suspension too" checked={reinstate} onChange={setReinstate} />}
      <button type="submit" className="nhsuk-button" disabled={resolve.running}>
        Resolve concern
      </button>
    </form>
  );
}
