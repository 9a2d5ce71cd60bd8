import { FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from '../../api/hooks';
import { ErrorSummary } from '../../components/error-summary';
import { Loading, Panel } from '../../components/feedback';
import { Radios, Textarea } from '../../components/form-fields';
import { BackLink } from '../../components/navigation';
import { PageHeading, useDocumentTitle } from '../../components/page';
import { graphql } from '../../gql';
import type { ConcernCategory } from '../../gql/graphql';
import { ErrorPanel, NotFoundPage } from '../pages/StatusPages';
import { CONCERN_CATEGORIES } from './categories';

const ACTIVITY = graphql(`
  query ConcernAbout($id: ID!) {
    activity(id: $id) {
      id
      title
      organisation {
        id
        name
      }
    }
  }
`);

const RAISE = graphql(`
  mutation RaiseConcern($input: RaiseConcernInput!) {
    raiseConcern(input: $input) {
      id
      precautionarySuspension
    }
  }
`);

/** Tell the assurance team about a problem with a group. */
export function RaiseConcernPage() {
  const { id = '' } = useParams();
  const activity = useQuery(ACTIVITY, { id });
  const raise = useMutation(RAISE);
  const [category, setCategory] = useState('');
  const [description, setDescription] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const [done, setDone] = useState<{ precautionarySuspension: boolean }>();
  useDocumentTitle(done ? 'Concern sent' : 'Raise a concern');

  if (activity.loading) return <Loading what="Loading the activity" />;
  if (activity.error?.code === 'NOT_FOUND' || (activity.data && !activity.data.activity)) return <NotFoundPage />;
  if (activity.error || !activity.data?.activity)
    return <ErrorPanel message={activity.error?.message ?? 'The activity could not be loaded.'} retry={activity.refetch} />;
  const a = activity.data.activity;

  if (done)
    return (
      <>
        <Panel title="Concern sent">
          <p>The assurance team will look at it.</p>
        </Panel>
        {done.precautionarySuspension && <p>As it is a safeguarding concern, the group has been taken out of search while the team looks into it.</p>}
        <p>
          <Link to="/">Find another activity</Link>
        </p>
      </>
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!category) problems['category-0'] = 'Select what the concern is about';
    if (description.trim().length < 10) problems.description = 'Describe what happened, in at least 10 characters';
    setLocal(problems);
    if (Object.keys(problems).length) return;
    const result = await raise.run({ input: { organisationId: a.organisation.id, activityId: a.id, category: category as ConcernCategory, description } });
    if (result) setDone(result.raiseConcern);
  };

  const errors: Record<string, string> = {
    ...Object.fromEntries((raise.error?.problems ?? []).map((p) => [p.field === 'category' ? 'category-0' : p.field, p.message])),
    ...local,
  };
  const summary = Object.entries(errors).map(([target, message]) => ({ target, message }));
  if (raise.error && !raise.error.problems.length) summary.push({ target: '', message: raise.error.message });

  return (
    <>
      <BackLink to={`/activities/${a.id}`}>Back to {a.title}</BackLink>
      <ErrorSummary items={summary} />
      <PageHeading caption={`${a.title}, ${a.organisation.name}`}>Raise a concern</PageHeading>
      <form onSubmit={submit} noValidate>
        <Radios
          id="category"
          legend="What is the concern about?"
          items={CONCERN_CATEGORIES.map((c) => ({ value: c.value, label: c.label, hint: c.hint || undefined }))}
          selected={category}
          onChange={setCategory}
          error={errors['category-0']}
        />
        <Textarea
          id="description"
          label="What happened?"
          hint="Describe what happened at the group. Do not include anyone’s name, NHS number, date of birth or contact details: describe people by their role, such as “a volunteer”."
          value={description}
          onChange={setDescription}
          rows={6}
          maxLength={4000}
          error={errors.description}
        />
        <button className="nhsuk-button" type="submit" disabled={raise.running}>
          Send concern
        </button>
      </form>
    </>
  );
}
