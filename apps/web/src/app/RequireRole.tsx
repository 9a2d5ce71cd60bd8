import { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Loading } from '../components/feedback';
import type { Role } from '../gql/graphql';
import { ForbiddenPage } from '../features/pages/StatusPages';
import { useSession } from './session';

/**
 * A page for some roles only. Signed out: sign in first, then come back. The wrong role: a plain
 * explanation (the API refuses anyway, so this is about telling people, not about security).
 */
export function RequireRole({ roles, children }: { roles?: Role[]; children: ReactNode }) {
  const { user, loading, ended } = useSession();
  const location = useLocation();
  if (loading) return <Loading what="Checking who is signed in" />;
  if (!user) return <Navigate to={`/sign-in?${ended ? 'reason=ended&' : ''}returnTo=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (user.mustChangePassword && location.pathname !== '/account/password') return <Navigate to="/account/password" replace />;
  if (roles && !roles.includes(user.role)) return <ForbiddenPage />;
  return <>{children}</>;
}
