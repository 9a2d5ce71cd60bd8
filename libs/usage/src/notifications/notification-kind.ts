/** What a notification says; each goes either to the group's leaders or to the referring link worker. */
export enum NotificationKind {
  NEW_REFERRAL = 'NEW_REFERRAL',
  REFERRAL_WITHDRAWN = 'REFERRAL_WITHDRAWN',
  ANSWER_OVERDUE = 'ANSWER_OVERDUE',
  REFERRAL_ANSWERED = 'REFERRAL_ANSWERED',
  ATTENDANCE_RECORDED = 'ATTENDANCE_RECORDED',
  GROUP_REMINDED = 'GROUP_REMINDED',
  NO_RESPONSE = 'NO_RESPONSE',
  CONNECTION_FLAGGED = 'CONNECTION_FLAGGED',
}

export const TO_GROUP: ReadonlySet<NotificationKind> = new Set([
  NotificationKind.NEW_REFERRAL,
  NotificationKind.REFERRAL_WITHDRAWN,
  NotificationKind.ANSWER_OVERDUE,
]);
