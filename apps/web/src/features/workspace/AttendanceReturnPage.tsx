import { FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from '../../api/hooks';
import { ErrorSummary } from '../../components/error-summary';
import { Loading, WarningCallout } from '../../components/feedback';
import { Checkbox, Select, TextInput } from '../../components/form-fields';
import { graphql } from '../../gql';
import { ErrorPanel } from '../pages/StatusPages';
import { monthLabel, recentMonths } from './returns-format';
import { useOrganisationId, WorkspaceFrame } from './WorkspaceFrame';

const ACTIVITIES = graphql(`
  query AttendanceReturnActivities($id: ID!) {
    organisation(id: $id) {
      id
      activities {
        id
        title
        status
      }
    }
  }
`);

const SUBMIT = graphql(`
  mutation SubmitAttendanceReturn($input: AttendanceReturnInput!) {
    submitAttendanceReturn(input: $input) {
      id
    }
  }
`);

/** One activity's figures for one month; a second return for the month replaces the first. */
export function AttendanceReturnPage() {
  const organisationId = useOrganisationId();
  const navigate = useNavigate();
  const activities = useQuery(ACTIVITIES, { id: organisationId });
  const submit = useMutation(SUBMIT);
  const months = recentMonths(12);
  const [fields, setFields] = useState({ activityId: '', month: months[1] ?? months[0], sessionsRun: '', attendances: '', newParticipants: '' });
  const [confirmUnusual, setConfirmUnusual] = useState(false);
  const [local, setLocal] = useState<Record<string, string>>({});
  const set = (key: keyof typeof fields) => (value: string) => setFields((f) => ({ ...f, [key]: value }));
  const back = `/organisations/${organisationId}/returns`;

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!fields.activityId) problems.activityId = 'Select the activity';
    for (const [key, label] of [
      ['sessionsRun', 'sessions run'],
      ['attendances', 'attendances'],
      ['newParticipants', 'new people'],
    ] as const) {
      if (!/^\d+$/.test(fields[key].trim())) problems[key] = `Enter the number of ${label} as a whole number (0 if none)`;
    }
    setLocal(problems);
    if (Object.keys(problems).length) return;
    const input = {
      activityId: fields.activityId,
      month: fields.month,
      sessionsRun: Number(fields.sessionsRun),
      attendances: Number(fields.attendances),
      newParticipants: Number(fields.newParticipants),
      confirmUnusual,
    };
    if (await submit.run({ input })) void navigate(`${back}?done=attendance`);
  };

  // The API refuses figures above places × sessions until the leader confirms them.
  const unusual = submit.error?.problems.some((p) => p.message.includes('confirm the figures are right'));
  const fromApi = Object.fromEntries((submit.error?.problems ?? []).map((p) => [p.field, p.message]));
  const errors: Record<string, string> = { ...fromApi, ...local };
  const summary = Object.entries(errors).map(([target, message]) => ({ target, message }));
  if (submit.error && !submit.error.problems.length) summary.push({ target: '', message: submit.error.message });

  if (activities.loading && !activities.data) return <Loading what="Loading your activities" />;
  if (activities.error) return <ErrorPanel message={activities.error.message} retry={activities.refetch} />;
  const open = activities.data?.organisation?.activities.filter((a) => a.status !== 'CLOSED') ?? [];

  return (
    <WorkspaceFrame title="File an attendance return" back={{ to: back, text: 'Back to returns' }}>
      <ErrorSummary items={summary} />
      <p>How many people came to one activity in one month. If you file a month again, the new figures replace the old ones.</p>
      <form onSubmit={send} noValidate>
        <Select
          id="activityId"
          label="Activity"
          value={fields.activityId}
          options={[{ value: '', label: 'Choose an activity' }, ...open.map((a) => ({ value: a.id, label: a.title }))]}
          onChange={set('activityId')}
          error={errors.activityId}
        />
        <Select
          id="month"
          label="Month"
          value={fields.month}
          options={months.map((m) => ({ value: m, label: monthLabel(m) }))}
          onChange={set('month')}
          error={errors.month}
        />
        <TextInput
          id="sessionsRun"
          label="Sessions run that month"
          value={fields.sessionsRun}
          onChange={set('sessionsRun')}
          width="4"
          inputMode="numeric"
          error={errors.sessionsRun}
        />
        <TextInput
          id="attendances"
          label="Attendances"
          hint="Count each person at each session: 8 people at 4 sessions is 32"
          value={fields.attendances}
          onChange={set('attendances')}
          width="4"
          inputMode="numeric"
          error={errors.attendances}
        />
        <TextInput
          id="newParticipants"
          label="New people that month"
          value={fields.newParticipants}
          onChange={set('newParticipants')}
          width="4"
          inputMode="numeric"
          error={errors.newParticipants}
        />
        {unusual && (
          <WarningCallout heading="These figures look high">
            <p>They are more than the listing’s places and sessions allow. Check them. If they are right (an extra session, a special event), confirm below.</p>
            <Checkbox id="confirmUnusual" label="I have checked: these figures are right" checked={confirmUnusual} onChange={setConfirmUnusual} />
          </WarningCallout>
        )}
        <button type="submit" className="nhsuk-button" disabled={submit.running}>
          File return
        </button>
      </form>
    </WorkspaceFrame>
  );
}
