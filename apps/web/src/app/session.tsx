import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { onSessionEnded, execute } from '../api/client';
import { graphql } from '../gql';
import type { MeQuery, Role } from '../gql/graphql';

const ME = graphql(`
  query Me {
    me {
      id
      email
      role
      name
      organisationName
      notificationFrequency
      mustChangePassword
      organisations {
        id
        name
      }
    }
  }
`);

const SIGN_OUT = graphql(`
  mutation SignOut {
    signOut
  }
`);

export type SignedInUser = NonNullable<MeQuery['me']>;

interface Session {
  user: SignedInUser | null;
  /** True until the first answer to "who is signed in?". */
  loading: boolean;
  /** The previous session ended without the user signing out (expired, or ended elsewhere). */
  ended: boolean;
  refresh: () => Promise<SignedInUser | null>;
  signOut: () => Promise<void>;
  hasRole: (...roles: Role[]) => boolean;
  /** Admins manage every organisation; leaders the ones they belong to. */
  manages: (organisationId: string) => boolean;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** Who is signed in, read from the API (the session cookie is HttpOnly: the page never holds it). */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SignedInUser | null>(null);
  const [loading, setLoading] = useState(true);
  const [ended, setEnded] = useState(false);

  const load = useCallback(
    () =>
      execute(ME).then(
        ({ me }) => {
          setUser(me);
          if (me) setEnded(false);
          return me;
        },
        () => {
          // A stale cookie: the API has cleared it; carry on signed out.
          setUser(null);
          return null;
        },
      ),
    [],
  );

  useEffect(() => {
    void load().finally(() => setLoading(false));
  }, [load]);

  const refresh = load;

  // When the API says the session is over mid-task: signed-in pages send the person to sign in
  // (RequireRole) and bring them back afterwards; public pages say so in the header area (Layout).
  useEffect(
    () =>
      onSessionEnded(() => {
        setUser((current) => {
          if (current) setEnded(true);
          return null;
        });
      }),
    [],
  );

  const signOut = useCallback(async () => {
    await execute(SIGN_OUT).catch(() => undefined);
    setUser(null);
    setEnded(false);
  }, []);

  const value = useMemo<Session>(
    () => ({
      user,
      loading,
      ended,
      refresh,
      signOut,
      hasRole: (...roles) => !!user && roles.includes(user.role),
      manages: (organisationId) => user?.role === 'ADMIN' || (user?.role === 'VCSE_LEADER' && user.organisations.some((o) => o.id === organisationId)),
    }),
    [user, loading, ended, refresh, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
