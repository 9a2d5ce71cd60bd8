import type { Role } from '../gql/graphql';

/** Each role as the people who hold it would call it. */
export const ROLE_NAMES: Record<Role, string> = {
  LINK_WORKER: 'Link worker',
  VCSE_LEADER: 'Group leader',
  ASSURER: 'Assurer',
  COMMISSIONER: 'Commissioner',
  ADMIN: 'Administrator',
};
