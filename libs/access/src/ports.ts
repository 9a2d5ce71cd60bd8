import { Viewer } from './viewer';

/** Turns a presented token into the live viewer (or refuses it). Implemented by the accounts feature. */
export const SESSION_LOOKUP = Symbol('SESSION_LOOKUP');
export interface SessionLookup {
  viewerFor(token: string): Promise<NonNullable<Viewer>>;
}

/** Who belongs to which organisation. Implemented by the accounts feature, which owns memberships. */
export const MEMBERSHIPS = Symbol('MEMBERSHIPS');
export interface Memberships {
  /** Of these organisations, the ones the user is a member of. */
  memberOf(userId: string, organisationIds: readonly string[]): Promise<Set<string>>;
  /** Every organisation the user is a member of, in the order they joined. */
  organisationIdsOf(userId: string): Promise<string[]>;
}
