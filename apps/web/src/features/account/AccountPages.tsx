import { FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation } from '../../api/hooks';
import { SummaryList } from '../../components/content';
import { ErrorSummary } from '../../components/error-summary';
import { NotificationBanner } from '../../components/feedback';
import { Radios, TextInput } from '../../components/form-fields';
import { PageHeading } from '../../components/page';
import { graphql } from '../../gql';
import { homeFor } from '../../app/navigation-items';
import { useSession } from '../../app/session';
import { ROLE_NAMES } from '../../app/roles';

const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      id
    }
  }
`);

const UPDATE_PROFILE = graphql(`
  mutation UpdateMyProfile($input: ProfileInput!) {
    updateMyProfile(input: $input) {
      id
      name
      organisationName
      notificationFrequency
    }
  }
`);

const PROFILE_TARGETS: Record<string, string> = { name: 'name', organisationName: 'organisationName', notificationFrequency: 'notifications-0' };

/** How the user appears on referrals, and how often they hear about them. */
function ProfileForm() {
  const { user, refresh } = useSession();
  const save = useMutation(UPDATE_PROFILE);
  const [name, setName] = useState(user?.name ?? '');
  const [organisationName, setOrganisationName] = useState(user?.organisationName ?? '');
  const [frequency, setFrequency] = useState<string>(user?.notificationFrequency ?? 'IMMEDIATE');
  const [saved, setSaved] = useState(false);
  if (!user) return null;
  const linkWorker = user.role === 'LINK_WORKER';
  const referrals = linkWorker || user.role === 'VCSE_LEADER';
  const errors = Object.fromEntries((save.error?.problems ?? []).map((p) => [PROFILE_TARGETS[p.field] ?? p.field, p.message]));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const input = { name, ...(linkWorker ? { organisationName } : {}), ...(referrals ? { notificationFrequency: frequency as 'IMMEDIATE' | 'DAILY' } : {}) };
    if (await save.run({ input })) {
      setSaved(true);
      await refresh();
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary items={Object.entries(errors).map(([target, message]) => ({ target, message }))} />
      {saved && (
        <NotificationBanner success focus heading="Your details are saved">
          <p>{linkWorker ? 'Groups you refer people to see your name and PCN or practice.' : 'Your details are saved.'}</p>
        </NotificationBanner>
      )}
      <h2 className="nhsuk-heading-m">Your details</h2>
      <TextInput
        id="name"
        label="Your name"
        hint={linkWorker ? 'Groups see it on your referrals, so they know who to reply to' : 'Colleagues see it, for example on contact detail reads'}
        value={name}
        onChange={setName}
        autoComplete="name"
        width="30"
        error={errors.name}
      />
      {linkWorker && (
        <TextInput
          id="organisationName"
          label="Your PCN or practice"
          hint="For example, Central Manchester PCN"
          value={organisationName}
          onChange={setOrganisationName}
          autoComplete="organization"
          width="30"
          error={errors.organisationName}
        />
      )}
      {referrals && (
        <Radios
          id="notifications"
          legend="Emails about referrals"
          items={[
            { value: 'IMMEDIATE', label: 'An email for each update', hint: 'A new referral, an answer, or a reminder' },
            { value: 'DAILY', label: 'One email a day', hint: 'A digest of the day’s updates' },
          ]}
          selected={frequency}
          onChange={setFrequency}
          error={errors['notifications-0']}
        />
      )}
      <button type="submit" className="nhsuk-button" disabled={save.running}>
        Save your details
      </button>
    </form>
  );
}

const SIGN_OUT_EVERYWHERE = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);

export function AccountPage() {
  const { user, refresh } = useSession();
  const everywhere = useMutation(SIGN_OUT_EVERYWHERE);
  const navigate = useNavigate();
  if (!user) return null;
  return (
    <>
      <PageHeading>Your account</PageHeading>
      <SummaryList
        rows={[
          ['Email', user.email],
          ['Role', ROLE_NAMES[user.role]],
        ]}
      />
      <ProfileForm />
      <p>
        <Link to="/account/password">Change your password</Link>
      </p>
      <h2 className="nhsuk-heading-m">Signed in somewhere else?</h2>
      <p>If you forgot to sign out on another computer, or think someone else may be using your account, sign out everywhere. Then change your password.</p>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary"
        onClick={async () => {
          await everywhere.run({});
          void navigate('/sign-in?reason=signed-out');
          await refresh();
        }}
      >
        Sign out everywhere
      </button>
    </>
  );
}

export function ChangePasswordPage() {
  const { user, refresh } = useSession();
  const navigate = useNavigate();
  const change = useMutation(CHANGE_PASSWORD);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!current) problems.currentPassword = 'Enter your current password';
    if (!next) problems.newPassword = 'Enter a new password';
    else if (next !== confirm) problems.confirmPassword = 'The two new passwords do not match';
    setLocal(problems);
    if (Object.keys(problems).length) return;
    if (await change.run({ currentPassword: current, newPassword: next })) {
      await refresh();
      void navigate(`${homeFor(user?.role)}?password=changed`, { replace: true });
    }
  };

  const errors = { ...Object.fromEntries((change.error?.problems ?? []).map((p) => [p.field, p.message])), ...local };
  const summary = Object.entries(errors).map(([target, message]) => ({ target, message }));
  if (change.error && !change.error.problems.length) summary.push({ target: 'currentPassword', message: change.error.message });

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {user?.mustChangePassword && (
          <NotificationBanner heading="Choose your own password">
            <p>You signed in with a password someone else set. Choose a new one to carry on.</p>
          </NotificationBanner>
        )}
        <ErrorSummary items={summary} />
        <PageHeading>Change your password</PageHeading>
        <form onSubmit={submit} noValidate>
          <TextInput
            id="currentPassword"
            label="Current password"
            type="password"
            value={current}
            onChange={setCurrent}
            autoComplete="current-password"
            error={errors.currentPassword}
          />
          <TextInput
            id="newPassword"
            label="New password"
            hint="At least 12 characters. Three or more random words make a strong password that is easy to remember."
            type="password"
            value={next}
            onChange={setNext}
            autoComplete="new-password"
            error={errors.newPassword}
          />
          <TextInput
            id="confirmPassword"
            label="New password again"
            type="password"
            value={confirm}
            onChange={setConfirm}
            autoComplete="new-password"
            error={errors.confirmPassword}
          />
          <p>Changing your password signs you out on every other device.</p>
          <button className="nhsuk-button" type="submit" disabled={change.running}>
            Change password
          </button>
        </form>
      </div>
    </div>
  );
}
