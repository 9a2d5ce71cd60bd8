import { registerEnumType } from '@nestjs/graphql';

export enum AssuranceStatus {
  NOT_ASSESSED = 'NOT_ASSESSED',
  IN_PROGRESS = 'IN_PROGRESS',
  SUBMITTED = 'SUBMITTED',
  ASSURED = 'ASSURED',
  EXPIRING = 'EXPIRING',
  LAPSED = 'LAPSED',
  SUSPENDED = 'SUSPENDED',
  REJECTED = 'REJECTED',
}
registerEnumType(AssuranceStatus, { name: 'AssuranceStatus' });

/** Statuses under which an organisation counts as assured (search's assuredOnly). */
export const ASSURED_STATUSES: readonly AssuranceStatus[] = [AssuranceStatus.ASSURED, AssuranceStatus.EXPIRING];

export enum LegalForm {
  REGISTERED_CHARITY = 'REGISTERED_CHARITY',
  CIO = 'CIO',
  CIC = 'CIC',
  COMPANY = 'COMPANY',
  UNINCORPORATED_GROUP = 'UNINCORPORATED_GROUP',
  FAITH_GROUP = 'FAITH_GROUP',
  OTHER = 'OTHER',
}
registerEnumType(LegalForm, { name: 'LegalForm' });

/** Annual income band, used to keep quality assurance proportionate. */
export enum SizeBand {
  MICRO = 'MICRO',
  SMALL = 'SMALL',
  MEDIUM = 'MEDIUM',
  LARGE = 'LARGE',
}
registerEnumType(SizeBand, { name: 'SizeBand', description: 'MICRO < £10k, SMALL < £100k, MEDIUM < £1m, LARGE ≥ £1m a year' });
