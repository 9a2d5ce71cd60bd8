import { registerEnumType } from '@nestjs/graphql';

export enum ConnectionOutcome {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  ATTENDED = 'ATTENDED',
  DID_NOT_ATTEND = 'DID_NOT_ATTEND',
  DECLINED = 'DECLINED',
  GROUP_FULL = 'GROUP_FULL',
}
registerEnumType(ConnectionOutcome, { name: 'ConnectionOutcome' });

/** Answers only the receiving organisation gives; attendance either side may record. */
export const ORGANISATION_ANSWERS: readonly ConnectionOutcome[] = [ConnectionOutcome.ACCEPTED, ConnectionOutcome.DECLINED, ConnectionOutcome.GROUP_FULL];
export const ATTENDANCE: readonly ConnectionOutcome[] = [ConnectionOutcome.ATTENDED, ConnectionOutcome.DID_NOT_ATTEND];
