import { FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useMutation } from '../../api/hooks';
import { ErrorSummary } from '../../components/error-summary';
import { NotificationBanner } from '../../components/feedback';
import { TextInput } from '../../components/form-fields';
import { PageHeading } from '../../components/page';
import { graphql } from '../../gql';
import { homeFor } from '../../app/navigation-items';
import { useSession } from '../../app/session';

const SIGN_IN = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      user {
        role
        mustChangePassword
      }
    }
  }
`);

/** Only paths inside this site: a returnTo can never send someone elsewhere. */
const safeReturn = (value: string | null) => (value && value.startsWith('/') && !value.startsWith('//') ? value : null);

export function SignInPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { refresh } = useSession();
  const signIn = useMutation(SIGN_IN);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const reason = params.get('reason');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!email.trim()) problems.email = 'Enter your email address';
    if (!password) problems.password = 'Enter your password';
    setLocal(problems);
    if (Object.keys(problems).length) return;
    const result = await signIn.run({ email: email.trim(), password });
    if (!result) return;
    await refresh();
    const { role, mustChangePassword } = result.signIn.user;
    void navigate(mustChangePassword ? '/account/password' : (safeReturn(params.get('returnTo')) ?? homeFor(role)), { replace: true });
  };

  const apiProblems = Object.fromEntries((signIn.error?.problems ?? []).map((p) => [p.field, p.message]));
  const errors = { ...apiProblems, ...local };
  const summary = Object.entries(errors).map(([target, message]) => ({ target, message }));
  if (signIn.error && !signIn.error.problems.length) summary.push({ target: 'email', message: signIn.error.message });

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {reason === 'ended' && (
          <NotificationBanner heading="Your session has ended">
            <p>Sign in again to carry on where you were.</p>
          </NotificationBanner>
        )}
        {reason === 'signed-out' && (
          <NotificationBanner success heading="You have signed out">
            <p>Close the browser if you are on a shared computer.</p>
          </NotificationBanner>
        )}
        <ErrorSummary items={summary} />
        <PageHeading>Sign in</PageHeading>
        <p>Link workers, group leaders, assurers and commissioners sign in here. Anyone can search the directory without signing in.</p>
        <form onSubmit={submit} noValidate>
          <TextInput
            id="email"
            label="Email address"
            type="email"
            value={email}
            onChange={setEmail}
            autoComplete="username"
            spellCheck={false}
            error={errors.email}
          />
          <TextInput
            id="password"
            label="Password"
            type="password"
            value={password}
            onChange={setPassword}
            autoComplete="current-password"
            error={errors.password}
          />
          <button className="nhsuk-button" type="submit" disabled={signIn.running}>
            Sign in
          </button>
        </form>
      </div>
    </div>
  );
}
