import type { Role } from '../gql/graphql';

export interface NavItem {
  to: string;
  label: string;
  /** Who sees it; undefined: everyone, signed in or not. */
  roles?: Role[];
}

/** What each role may do, in the header. Pages a role may not use are not offered. */
export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'Find activities' },
  { to: '/map', label: 'Map' },
  { to: '/connections', label: 'My connections', roles: ['LINK_WORKER'] },
  { to: '/wellbeing', label: 'Wellbeing', roles: ['LINK_WORKER'] },
  { to: '/organisations', label: 'My organisations', roles: ['VCSE_LEADER'] },
  { to: '/review', label: 'Assurance work', roles: ['ASSURER'] },
  { to: '/commissioning/providers', label: 'Assured providers', roles: ['COMMISSIONER', 'ADMIN'] },
  { to: '/commissioning/usage', label: 'Reports', roles: ['COMMISSIONER', 'ADMIN'] },
  { to: '/commissioning/audit', label: 'Audit', roles: ['ASSURER', 'COMMISSIONER', 'ADMIN'] },
  { to: '/admin/users', label: 'Users', roles: ['ADMIN'] },
];

/** Where someone lands after signing in. */
export function homeFor(role: Role | undefined): string {
  switch (role) {
    case 'VCSE_LEADER':
      return '/organisations';
    case 'ASSURER':
      return '/review';
    case 'COMMISSIONER':
      return '/commissioning/providers';
    case 'ADMIN':
      return '/admin/users';
    case 'LINK_WORKER':
    default:
      return '/';
  }
}
