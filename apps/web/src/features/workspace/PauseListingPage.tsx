import { FormEvent, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMutation } from '../../api/hooks';
import { ErrorSummary } from '../../components/error-summary';
import { DateInput, TextInput } from '../../components/form-fields';
import { graphql } from '../../gql';
import { useOrganisationId, WorkspaceFrame } from './WorkspaceFrame';

const PAUSE = graphql(`
  mutation PauseListing($id: ID!, $input: PauseActivityInput!) {
    pauseActivity(id: $id, input: $input) {
      id
    }
  }
`);

/** Out of search for a while, saying why; back by itself on a day, if the leader gives one. */
export function PauseListingPage() {
  const organisationId = useOrganisationId();
  const { activityId = '' } = useParams();
  const navigate = useNavigate();
  const pause = useMutation(PAUSE);
  const [reason, setReason] = useState('');
  const [resumesOn, setResumesOn] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const back = `/organisations/${organisationId}/listings/${activityId}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (reason.trim().length < 3) problems.reason = 'Enter why the listing is paused, for example “Summer break”';
    if (resumesOn.startsWith('partial:')) problems['resumesOn-day'] = 'Enter the whole date it starts again, or leave it empty';
    setLocal(problems);
    if (Object.keys(problems).length) return;
    if (await pause.run({ id: activityId, input: { reason: reason.trim(), resumesOn: resumesOn || null } })) void navigate(`${back}?done=paused`);
  };
  const fromApi = Object.fromEntries((pause.error?.problems ?? []).map((p) => [p.field === 'resumesOn' ? 'resumesOn-day' : p.field, p.message]));
  const errors = { ...fromApi, ...local };
  const summary = Object.entries(errors).map(([target, message]) => ({ target, message }));
  if (pause.error && !pause.error.problems.length) summary.push({ target: '', message: pause.error.message });

  return (
    <WorkspaceFrame title="Pause a listing" back={{ to: back, text: 'Back to the listing' }}>
      <ErrorSummary items={summary} />
      <p>A paused listing stays in your workspace but link workers cannot find it until you resume it.</p>
      <form onSubmit={submit} noValidate>
        <TextInput
          id="reason"
          label="Why is it paused?"
          hint="Link workers see this, for example “Summer break” or “Looking for a new hall”"
          value={reason}
          onChange={setReason}
          maxLength={200}
          error={errors.reason}
        />
        <DateInput
          id="resumesOn"
          legend="When does it start again? (optional)"
          hint="It comes back into search by itself on this day. For example, 1 9 2026"
          value={resumesOn}
          onChange={setResumesOn}
          error={errors['resumesOn-day']}
        />
        <button type="submit" className="nhsuk-button" disabled={pause.running}>
          Pause listing
        </button>
      </form>
    </WorkspaceFrame>
  );
}
