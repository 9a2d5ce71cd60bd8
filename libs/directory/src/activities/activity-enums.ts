import { registerEnumType } from '@nestjs/graphql';

export enum DayOfWeek {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}
registerEnumType(DayOfWeek, { name: 'DayOfWeek' });

export enum TimeOfDay {
  MORNING = 'MORNING',
  AFTERNOON = 'AFTERNOON',
  EVENING = 'EVENING',
}
registerEnumType(TimeOfDay, { name: 'TimeOfDay', description: 'starts before 12:00 / 12:00–17:00 / from 17:00' });

export enum DeliveryMode {
  IN_PERSON = 'IN_PERSON',
  ONLINE = 'ONLINE',
  PHONE = 'PHONE',
  HOME_VISIT = 'HOME_VISIT',
}
registerEnumType(DeliveryMode, { name: 'DeliveryMode' });

/** Delivery modes that happen wherever the person is, so distance does not apply. */
export const REMOTE_MODES: readonly DeliveryMode[] = [DeliveryMode.ONLINE, DeliveryMode.PHONE];

export enum ActivityStatus {
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  CLOSED = 'CLOSED',
}
registerEnumType(ActivityStatus, { name: 'ActivityStatus' });

/** How often a schedule slot comes round. */
export enum Recurrence {
  WEEKLY = 'WEEKLY',
  FORTNIGHTLY = 'FORTNIGHTLY',
  /** One weekday of each month, e.g. the first Tuesday or the last Friday. */
  MONTHLY = 'MONTHLY',
}
registerEnumType(Recurrence, { name: 'Recurrence' });

export enum CapacityState {
  SPACES_AVAILABLE = 'SPACES_AVAILABLE',
  WAITING_LIST = 'WAITING_LIST',
  FULL = 'FULL',
}
registerEnumType(CapacityState, { name: 'CapacityState' });
