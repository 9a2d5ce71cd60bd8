import { registerEnumType } from '@nestjs/graphql';

/** How a user hears about their referrals: a mail per event, or one digest a day. */
export enum NotificationFrequency {
  IMMEDIATE = 'IMMEDIATE',
  DAILY = 'DAILY',
}
registerEnumType(NotificationFrequency, {
  name: 'NotificationFrequency',
  valuesMap: { IMMEDIATE: { description: 'An email for each event' }, DAILY: { description: 'One digest email a day' } },
});
