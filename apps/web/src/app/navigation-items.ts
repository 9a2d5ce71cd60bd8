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
  { to: '/organisations', label: 'My organisations', roles: ['VCSE_LEADER'] },
];

/** Where someone lands after signing in. */
export function homeFor(role: Role | undefined): string {
  switch (role) {
    case 'VCSE_LEADER':
      return '/organisations';
    case 'LINK_WORKER':
    default:
      return '/';
  }
}
