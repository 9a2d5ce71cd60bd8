import { addWorkingDays } from '@app/common';

export const REFERRAL_POLICY = Symbol('REFERRAL_POLICY');

/** The referral loop's deadlines and retention, and how often its jobs run (0: never). */
export interface ReferralPolicy {
  reminderWorkingDays: number;
  noResponseWorkingDays: number;
  contactRetentionDays: number;
  jobIntervalMs: number;
  notificationIntervalMs: number;
  /** Where people reach the web app, for links in mail. */
  publicUrl: string;
}

/** When a pending referral made at `createdAt` becomes NO_RESPONSE. */
export const answerBy = (createdAt: Date, policy: ReferralPolicy) => addWorkingDays(createdAt, policy.noResponseWorkingDays);

/** When the group is reminded and the link worker told. */
export const remindAt = (createdAt: Date, policy: ReferralPolicy) => addWorkingDays(createdAt, policy.reminderWorkingDays);
