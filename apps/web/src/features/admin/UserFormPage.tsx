import { FormEvent, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '../../api/hooks';
import { SummaryList } from '../../components/content';
import { ErrorSummary } from '../../components/error-summary';
import { Loading, NotificationBanner, WarningCallout } from '../../components/feedback';
import { Checkboxes, Radios, TextInput } from '../../components/form-fields';
import { BackLink } from '../../components/navigation';
import { PageHeading } from '../../components/page';
import { graphql } from '../../gql';
import type { EditUserQuery, Role } from '../../gql/graphql';
import { ROLE_NAMES } from '../../app/roles';
import { AccountStatusTag } from './AccountStatusTag';
import { ErrorPanel, NotFoundPage } from '../pages/StatusPages';
import { longDate } from '../search/format';

const USER = graphql(`
  query EditUser($id: ID!, $skip: Boolean!) {
    user(id: $id) @skip(if: $skip) {
      id
      email
      role
      disabled
      mustChangePassword
      createdAt
      organisations {
        id
      }
    }
    organisations {
      id
      name
    }
  }
`);

const CREATE = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      email
    }
  }
`);

const UPDATE = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      id
    }
  }
`);

const DISABLE = graphql(`
  mutation DisableUser($id: ID!) {
    disableUser(id: $id) {
      id
      disabled
    }
  }
`);

const ENABLE = graphql(`
  mutation EnableUser($id: ID!) {
    enableUser(id: $id) {
      id
      disabled
    }
  }
`);

const RESET = graphql(`
  mutation ResetUserPassword($id: ID!) {
    resetUserPassword(id: $id) {
      password
    }
  }
`);

const ROLE_HINTS: Record<Role, string> = {
  LINK_WORKER: 'Finds activities and records connections for the people they support',
  VCSE_LEADER: 'Keeps their organisations’ listings, referrals, returns and evidence',
  ASSURER: 'Reviews evidence, assures organisations and handles concerns',
  COMMISSIONER: 'Reads the assured-providers register, the audit trail and the reports',
  ADMIN: 'Manages accounts, and can do what a group leader can for any organisation',
};

/** Adds an account, or changes one: role, organisations, disabling, and a one-time password. */
export function UserFormPage() {
  const id = useParams().userId;
  const query = useQuery(USER, { id: id ?? '', skip: !id });
  if (query.loading && !query.data) return <Loading what="Loading" />;
  if (query.error?.code === 'NOT_FOUND') return <NotFoundPage />;
  if (query.error || !query.data) return <ErrorPanel message={query.error?.message ?? 'The account could not be loaded.'} retry={query.refetch} />;
  return <UserForm key={id ?? 'new'} user={query.data.user ?? undefined} organisations={query.data.organisations} refetch={query.refetch} />;
}

type User = NonNullable<EditUserQuery['user']>;

function UserForm({ user, organisations, refetch }: { user?: User; organisations: EditUserQuery['organisations']; refetch: () => Promise<void> }) {
  const id = user?.id;
  const navigate = useNavigate();
  const create = useMutation(CREATE);
  const update = useMutation(UPDATE);
  const [form, setForm] = useState({
    email: user?.email ?? '',
    role: user?.role ?? '',
    organisationIds: user?.organisations.map((o) => o.id) ?? [],
    password: '',
  });
  const [errors, setErrors] = useState<Partial<Record<'email' | 'role' | 'organisationIds' | 'password', string>>>({});
  const [notice, setNotice] = useState<string>();
  const saving = create.running || update.running;
  const apiError = create.error ?? update.error;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const problems = {
      email: !id && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(form.email.trim()) ? 'Enter an email address, like name@example.nhs.uk' : undefined,
      role: form.role ? undefined : 'Select a role',
      organisationIds: form.role === 'VCSE_LEADER' && !form.organisationIds.length ? 'Select at least one organisation the leader runs' : undefined,
      password: !id && form.password.length < 12 ? 'Enter a temporary password of at least 12 characters' : undefined,
    };
    setErrors(problems);
    if (Object.values(problems).some(Boolean)) return;
    const organisationIds = form.role === 'VCSE_LEADER' ? form.organisationIds : [];
    if (id) {
      if (await update.run({ id, input: { role: form.role as Role, organisationIds } })) {
        setNotice('Changes saved');
        await refetch();
      }
    } else {
      const done = await create.run({
        input: { email: form.email.trim(), role: form.role as Role, organisationIds, password: form.password, temporaryPassword: true },
      });
      if (done) void navigate(`/admin/users?created=${encodeURIComponent(done.createUser.email)}`);
    }
  };

  const summary = [
    ...Object.entries(errors)
      .filter(([, message]) => message)
      .map(([field, message]) => ({ target: field === 'role' || field === 'organisationIds' ? `${field}-0` : field, message: message })),
    ...(apiError
      ? apiError.problems.length
        ? apiError.problems.map((p) => ({ target: `${p.field}`, message: `${p.field}: ${p.message}` }))
        : [{ target: 'email', message: apiError.message }]
      : []),
  ];

  return (
    <>
      <BackLink to="/admin/users">Users</BackLink>
      <PageHeading caption={user?.email}>{id ? 'Change account' : 'Add a user'}</PageHeading>
      {notice && <NotificationBanner success focus heading={notice} />}
      {summary.length > 0 && <ErrorSummary items={summary} />}
      {user && (
        <SummaryList
          rows={[
            ['Added', longDate(user.createdAt)],
            ['Status', <AccountStatusTag key="status" user={user} />],
          ]}
        />
      )}
      <form onSubmit={save} noValidate>
        {!id && (
          <TextInput
            id="email"
            label="Email address"
            hint="The person signs in with this. Use their work address."
            type="email"
            autoComplete="off"
            spellCheck={false}
            value={form.email}
            onChange={(email) => setForm({ ...form, email })}
            error={errors.email}
          />
        )}
        <Radios
          id="role"
          legend="Role"
          items={(Object.keys(ROLE_NAMES) as Role[]).map((role) => ({ value: role, label: ROLE_NAMES[role], hint: ROLE_HINTS[role] }))}
          selected={form.role}
          onChange={(role) => setForm({ ...form, role })}
          error={errors.role}
        />
        {form.role === 'VCSE_LEADER' && (
          <Checkboxes
            id="organisationIds"
            legend="Organisations they run"
            hint="They can change these organisations’ listings, answer their referrals and provide their evidence."
            items={organisations.map((o) => ({ value: o.id, label: o.name }))}
            selected={form.organisationIds}
            onChange={(organisationIds) => setForm({ ...form, organisationIds })}
            error={errors.organisationIds}
            small
          />
        )}
        {!id && (
          <TextInput
            id="password"
            label="Temporary password"
            hint="At least 12 characters. Give it to the person by a safe route: they must choose their own when they first sign in."
            type="password"
            autoComplete="new-password"
            value={form.password}
            onChange={(password) => setForm({ ...form, password })}
            error={errors.password}
          />
        )}
        <button type="submit" className="nhsuk-button" disabled={saving}>
          {id ? 'Save changes' : 'Add user'}
        </button>
      </form>
      {user && (
        <AccountActions
          id={user.id}
          disabled={user.disabled}
          onChanged={async (message) => {
            setNotice(message);
            await refetch();
          }}
        />
      )}
    </>
  );
}

function AccountActions({ id, disabled, onChanged }: { id: string; disabled: boolean; onChanged: (message: string) => Promise<void> | void }) {
  const disable = useMutation(DISABLE);
  const enable = useMutation(ENABLE);
  const reset = useMutation(RESET);
  const [password, setPassword] = useState<string>();
  const error = disable.error ?? enable.error ?? reset.error;
  return (
    <>
      <h2 className="nhsuk-heading-m">Password</h2>
      {password ? (
        <WarningCallout heading="One-time password">
          <p>Give this to the person by a safe route, such as a phone call. It is shown only once. They must choose their own password when they sign in.</p>
          <p className="nhsuk-heading-s">
            <code data-testid="one-time-password">{password}</code>
          </p>
        </WarningCallout>
      ) : (
        <p>Resetting ends the person’s sessions and gives them a one-time password to sign in with.</p>
      )}
      {error && <ErrorSummary items={[{ target: 'reset', message: error.message }]} />}
      <button
        id="reset"
        type="button"
        className="nhsuk-button nhsuk-button--secondary"
        disabled={reset.running}
        onClick={async () => {
          const done = await reset.run({ id });
          if (done) setPassword(done.resetUserPassword.password);
        }}
      >
        Reset password
      </button>
      <h2 className="nhsuk-heading-m">Access</h2>
      {disabled ? (
        <>
          <p>This account is disabled: the person cannot sign in.</p>
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            disabled={enable.running}
            onClick={async () => (await enable.run({ id })) && (await onChanged('Account enabled'))}
          >
            Enable account
          </button>
        </>
      ) : (
        <>
          <p>Disabling signs the person out everywhere at once, and stops them signing in. Their records stay.</p>
          <button
            type="button"
            className="nhsuk-button nhsuk-button--warning"
            disabled={disable.running}
            onClick={async () => (await disable.run({ id })) && (await onChanged('Account disabled: their sessions have ended'))}
          >
            Disable account
          </button>
        </>
      )}
    </>
  );
}
