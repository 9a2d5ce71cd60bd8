/** The callers every permission matrix runs each operation as. */
export type Caller = 'anonymous' | 'LINK_WORKER' | 'member VCSE_LEADER' | 'other VCSE_LEADER' | 'ASSURER' | 'COMMISSIONER' | 'ADMIN';
export const CALLERS: Caller[] = ['anonymous', 'LINK_WORKER', 'member VCSE_LEADER', 'other VCSE_LEADER', 'ASSURER', 'COMMISSIONER', 'ADMIN'];
export type Outcome = 'ALLOWED' | 'UNAUTHENTICATED' | 'FORBIDDEN';

/** Only these callers get through; anonymous callers are asked to sign in, the rest are refused. */
export const only = (allowed: Caller[]): Record<Caller, Outcome> =>
  Object.fromEntries(CALLERS.map((c) => [c, c === 'anonymous' ? 'UNAUTHENTICATED' : allowed.includes(c) ? 'ALLOWED' : 'FORBIDDEN'])) as Record<Caller, Outcome>;

/** Everyone gets through, signed in or not. */
export const everyone = (): Record<Caller, Outcome> => Object.fromEntries(CALLERS.map((c) => [c, 'ALLOWED'])) as Record<Caller, Outcome>;

/**
 * "ALLOWED" means the permission check let the call through: it may still fail on the operation's
 * own rules (bad input, a conflict, nothing found), but never on permissions — and never with a
 * server error, which would hide whether the check passed.
 */
const RULE_FAILURES = [undefined, 'BAD_USER_INPUT', 'CONFLICT', 'NOT_FOUND'];
export function expectOutcome(expected: Outcome, errors: { extensions?: { code?: string } }[] | undefined): void {
  const code = errors?.[0]?.extensions?.code;
  if (expected === 'ALLOWED') expect(RULE_FAILURES).toContain(code);
  else expect(code).toBe(expected);
}
