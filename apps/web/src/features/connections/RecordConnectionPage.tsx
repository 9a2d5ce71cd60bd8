import { FormEvent, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '../../api/hooks';
import { Details } from '../../components/content';
import { ErrorSummary } from '../../components/error-summary';
import { Loading, WarningCallout } from '../../components/feedback';
import { Checkbox, Checkboxes, Radios, TextInput } from '../../components/form-fields';
import { BackLink } from '../../components/navigation';
import { PageHeading } from '../../components/page';
import { graphql } from '../../gql';
import { PersonReferenceField } from './PersonReferenceField';
import { ErrorPanel, NotFoundPage } from '../pages/StatusPages';
import { useTaxonomies } from '../search/taxonomy';

const ACTIVITY = graphql(`
  query ConnectTo($id: ID!) {
    activity(id: $id) {
      id
      title
      status
      needs {
        code
      }
      capacity {
        state
      }
      organisation {
        name
      }
    }
  }
`);

const RECORD = graphql(`
  mutation RecordConnection($input: RecordConnectionInput!) {
    recordConnection(input: $input) {
      id
    }
  }
`);

const TARGETS: Record<string, string> = {
  personReference: 'personReference',
  needs: 'needs-0',
  activityId: 'needs-0',
  acknowledgeFull: 'understood',
  'contact.consent': 'share-0',
  'contact.name': 'contactName',
  'contact.phone': 'contactPhone',
  'contact.email': 'contactEmail',
};

/**
 * A link worker records connecting a person to this activity. No personal details are kept, unless the
 * person agrees to the group contacting them: then a name and one of phone or email, sealed for the group.
 */
export function RecordConnectionPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const activity = useQuery(ACTIVITY, { id });
  const taxonomies = useTaxonomies();
  const record = useMutation(RECORD);
  const [reference, setReference] = useState('');
  const [needs, setNeeds] = useState<string[] | null>(null);
  const [understood, setUnderstood] = useState(false);
  const [share, setShare] = useState<'yes' | 'no' | ''>('');
  const [contact, setContact] = useState({ name: '', by: 'phone' as 'phone' | 'email', phone: '', email: '' });
  const [problems, setProblems] = useState<Record<string, string>>({});

  if (activity.loading) return <Loading what="Loading the activity" />;
  if (activity.error?.code === 'NOT_FOUND' || (activity.data && !activity.data.activity)) return <NotFoundPage />;
  if (activity.error || !activity.data?.activity)
    return <ErrorPanel message={activity.error?.message ?? 'The activity could not be loaded.'} retry={activity.refetch} />;
  const a = activity.data.activity;
  const chosen = needs ?? a.needs.map((n) => n.code);
  const full = a.capacity.state !== 'SPACES_AVAILABLE';
  const inactive = a.status !== 'ACTIVE';
  // The activity's own needs first: those are the ones it helps with.
  const ownNeeds = new Set(a.needs.map((n) => n.code));
  const needItems = [...(taxonomies.data?.needs ?? [])]
    .sort((x, y) => Number(ownNeeds.has(y.code)) - Number(ownNeeds.has(x.code)))
    .map((n) => ({ value: n.code, label: n.label }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!chosen.length) local['needs-0'] = 'Select at least one need this activity will help with';
    if (full && !understood) local.understood = 'Confirm you understand the group is full';
    if (share === 'yes') {
      if (!contact.name.trim()) local.contactName = 'Enter the name the group should use';
      if (contact.by === 'phone' && !contact.phone.trim()) local.contactPhone = 'Enter a phone number';
      if (contact.by === 'email' && !contact.email.trim()) local.contactEmail = 'Enter an email address';
    }
    setProblems(local);
    if (Object.keys(local).length) return;
    const handoff =
      share === 'yes'
        ? {
            consent: true,
            name: contact.name.trim(),
            phone: contact.by === 'phone' ? contact.phone.trim() : null,
            email: contact.by === 'email' ? contact.email.trim() : null,
          }
        : null;
    const done = await record.run({
      input: { activityId: a.id, needs: chosen, personReference: reference.trim() || null, acknowledgeFull: full && understood, contact: handoff },
    });
    // The reference travels in the page's state, never in an address, to offer the first wellbeing scores.
    if (done) void navigate(`/connections?recorded=${done.recordConnection.id}`, { state: { personReference: reference.trim() || null } });
  };

  const apiProblems = Object.fromEntries((record.error?.problems ?? []).map((p) => [TARGETS[p.field] ?? p.field, p.message]));
  const errors = { ...apiProblems, ...problems };
  const summary = Object.entries(errors).map(([target, message]) => ({ target, message }));
  if (record.error && !record.error.problems.length) summary.push({ target: '', message: record.error.message });

  return (
    <>
      <BackLink to={`/activities/${a.id}`}>Back to {a.title}</BackLink>
      <ErrorSummary items={summary} />
      <PageHeading caption={`${a.title}, ${a.organisation.name}`}>Record a connection</PageHeading>
      {inactive ? (
        <WarningCallout heading="This activity is not running">
          <p>It is {a.status.toLowerCase()}. Find another activity for the person.</p>
        </WarningCallout>
      ) : (
        <form onSubmit={submit} noValidate>
          {full && (
            <WarningCallout heading={a.capacity.state === 'FULL' ? 'This group is full' : 'This group has a waiting list'}>
              <p>The person may have to wait for a place. Tell them, or look for another activity first.</p>
            </WarningCallout>
          )}
          <PersonReferenceField
            optional
            hint="A reference from your own records, so you can follow up, such as LW-0042. It must include a number. Do not use their name, NHS number, date of birth, phone number or email: it is refused."
            value={reference}
            onChange={setReference}
            error={errors.personReference}
          />
          <Details summary="Why we do not store names">
            <p>
              The directory keeps no more about people than it needs. Your reference is stored only in a scrambled form that cannot be read back, so it is
              useful only to you.
            </p>
          </Details>
          <Checkboxes
            id="needs"
            legend="What this activity will help the person with"
            hint="The activity’s own needs are ticked to start with"
            items={needItems}
            selected={chosen}
            onChange={setNeeds}
            error={errors['needs-0']}
            small
          />
          <Radios
            id="share"
            legend="Can the group contact the person directly?"
            hint="Only if the person has agreed. The group’s leaders and you can read the details; they are kept encrypted and erased 90 days after the connection ends."
            items={[
              { value: 'yes', label: `Yes, they agreed to share a name and a phone number or email with ${a.organisation.name}` },
              { value: 'no', label: 'No, the group should contact me' },
            ]}
            selected={share}
            onChange={(value) => setShare(value as 'yes' | 'no')}
            error={errors['share-0']}
          />
          {share === 'yes' && (
            <div className="nhsuk-radios__conditional">
              <TextInput
                id="contactName"
                label="Their first name or the name they like to be called"
                value={contact.name}
                onChange={(name) => setContact((c) => ({ ...c, name }))}
                width="20"
                autoComplete="off"
                error={errors.contactName}
              />
              <Radios
                id="contactBy"
                legend="How should the group contact them?"
                items={[
                  { value: 'phone', label: 'Phone' },
                  { value: 'email', label: 'Email' },
                ]}
                selected={contact.by}
                onChange={(by) => setContact((c) => ({ ...c, by: by as 'phone' | 'email' }))}
                inline
                small
              />
              {contact.by === 'phone' ? (
                <TextInput
                  id="contactPhone"
                  label="Phone number"
                  hint="A UK number, such as 07700 900123"
                  type="tel"
                  value={contact.phone}
                  onChange={(phone) => setContact((c) => ({ ...c, phone }))}
                  width="20"
                  autoComplete="off"
                  error={errors.contactPhone}
                />
              ) : (
                <TextInput
                  id="contactEmail"
                  label="Email address"
                  type="email"
                  value={contact.email}
                  onChange={(email) => setContact((c) => ({ ...c, email }))}
                  autoComplete="off"
                  spellCheck={false}
                  error={errors.contactEmail}
                />
              )}
            </div>
          )}
          {full && (
            <Checkbox
              id="understood"
              label="I understand the group is full and the person may have to wait"
              checked={understood}
              onChange={setUnderstood}
              error={errors.understood}
            />
          )}
          <button className="nhsuk-button" type="submit" disabled={record.running}>
            Record connection
          </button>
        </form>
      )}
    </>
  );
}
