import { createHmac, timingSafeEqual } from 'node:crypto';

export const FRESHNESS_REMINDER_OPTIONS = Symbol('FRESHNESS_REMINDER_OPTIONS');
export interface FreshnessReminderOptions {
  /** How often reminders are worked out; 0 turns the job off (tests run it by hand). */
  intervalMs: number;
  /** Where people reach the web app, for the links in the mail. */
  publicUrl: string;
  /** Key that signs one-click links. */
  linkSecret: string;
}

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The token in a one-click link: the link row's id and its HMAC, so a made-up token is refused before the database is asked. */
export function signLink(id: string, secret: string): string {
  return `${id}.${createHmac('sha256', secret).update(id).digest('base64url')}`;
}

/** The link row's id when the token is well formed and signed by us; undefined otherwise. */
export function verifiedLinkId(token: unknown, secret: string): string | undefined {
  if (typeof token !== 'string' || token.length > 100) return undefined;
  const [id, signature] = token.split('.');
  if (!id || !signature || !ID.test(id)) return undefined;
  const expected = Buffer.from(signLink(id, secret).split('.')[1]);
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : undefined;
}
