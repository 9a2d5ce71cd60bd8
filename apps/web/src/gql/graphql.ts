/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ActivitySearchInput = {
  /** every one of these features */
  accessibility?: Array<string> | null | undefined;
  /** open to a person of this age */
  age?: number | null | undefined;
  /** only organisations whose assurance is ASSURED or EXPIRING */
  assuredOnly?: boolean | null | undefined;
  /** on any of these days */
  days?: Array<DayOfWeek> | null | undefined;
  /** any of these */
  deliveryModes?: Array<DeliveryMode> | null | undefined;
  freeOnly?: boolean | null | undefined;
  /** include FULL activities (never PAUSED or CLOSED ones) */
  includeFull?: boolean | null | undefined;
  /** with `near`: also online/phone activities, wherever they are */
  includeRemote?: boolean | null | undefined;
  /** ISO 639-1 code, e.g. "ur" */
  language?: string | null | undefined;
  /** within radiusKm of the point */
  near?: GeoInput | null | undefined;
  /** any of these needs */
  needs?: Array<string> | null | undefined;
  page?: number | null | undefined;
  /** at most 100 */
  pageSize?: number | null | undefined;
  /** leave out activities that run in school terms only */
  schoolHolidaysToo?: boolean | null | undefined;
  sort?: SearchSort | null | undefined;
  /** typo-tolerant; synonyms ("lonely" finds loneliness groups) */
  text?: string | null | undefined;
  /** at any of these times */
  timesOfDay?: Array<TimeOfDay> | null | undefined;
  /** only listings their group confirmed within this many days */
  verifiedWithinDays?: number | null | undefined;
  /** only activities with a session every week (not only fortnightly or monthly) */
  weeklyOnly?: boolean | null | undefined;
};

export type ActivityStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'PAUSED';

/** An age band, never a date of birth */
export type AgeBand =
  | 'AGE_18_24'
  | 'AGE_25_34'
  | 'AGE_35_44'
  | 'AGE_45_54'
  | 'AGE_55_64'
  | 'AGE_65_74'
  | 'AGE_75_84'
  | 'AGE_85_AND_OVER'
  | 'UNDER_18';

export type AssessmentDecision =
  | 'ASSURE'
  | 'REJECT'
  | 'RETURN_FOR_CHANGES';

export type AssuranceStatus =
  | 'ASSURED'
  | 'EXPIRING'
  | 'IN_PROGRESS'
  | 'LAPSED'
  | 'NOT_ASSESSED'
  | 'REJECTED'
  | 'SUBMITTED'
  | 'SUSPENDED';

/** group activities / one-to-one or vulnerable adults / regulated activity */
export type AssuranceTier =
  | 'ENHANCED'
  | 'REGULATED'
  | 'STANDARD';

export type AttendanceReturnInput = {
  activityId: string | number;
  attendances: number;
  /** Confirms figures above what the listing's places and sessions allow (otherwise they are refused) */
  confirmUnusual?: boolean | null | undefined;
  /** "YYYY-MM" */
  month: string;
  newParticipants: number;
  sessionsRun: number;
};

export type CapacityInput = {
  placesPerSession?: number | null | undefined;
  spacesAvailable?: number | null | undefined;
  /** People waiting; null when the activity keeps no waiting list */
  waitingList?: number | null | undefined;
};

export type CapacityState =
  | 'FULL'
  | 'SPACES_AVAILABLE'
  | 'WAITING_LIST';

export type ConcernCategory =
  | 'LISTING_INACCURATE'
  | 'OTHER'
  | 'QUALITY'
  | 'SAFEGUARDING';

export type ConcernStatus =
  | 'OPEN'
  | 'RESOLVED';

export type ConnectionFlag =
  | 'ACTIVITY_CLOSED'
  | 'ACTIVITY_PAUSED'
  | 'ORGANISATION_SUSPENDED';

export type ConnectionOutcome =
  | 'ACCEPTED'
  | 'ATTENDED'
  | 'DECLINED'
  | 'DID_NOT_ATTEND'
  | 'GROUP_FULL'
  | 'NO_RESPONSE'
  | 'PENDING'
  | 'WITHDRAWN';

export type CreateActivityInput = {
  /** ACCESSIBILITY taxonomy codes */
  accessibility?: Array<string> | null | undefined;
  capacity?: CapacityInput | null | undefined;
  /** CATEGORY taxonomy code */
  category?: string | null | undefined;
  /** The listing's own contact email; the organisation's when empty */
  contactEmail?: string | null | undefined;
  /** The listing's own contact phone; the organisation's when empty */
  contactPhone?: string | null | undefined;
  costDescription?: string | null | undefined;
  /** For a service that comes to the person: the local authority districts it reaches (GSS codes, e.g. E08000003) */
  coverageDistricts?: Array<string> | null | undefined;
  /** For a service that comes to the person (home visit, phone, online): the outward codes it reaches, e.g. ["M14", "M15"] */
  coverageOutcodes?: Array<string> | null | undefined;
  deliveryMode: DeliveryMode;
  description: string;
  free: boolean;
  /** What someone does to join, e.g. "Just turn up" */
  howToJoin?: string | null | undefined;
  /** ISO 639-1 codes; ["en"] by default */
  languages?: Array<string> | null | undefined;
  maximumAge?: number | null | undefined;
  minimumAge?: number | null | undefined;
  /** NEED taxonomy codes, at least one */
  needs: Array<string>;
  organisationId: string | number;
  schedule?: Array<ScheduleSlotInput> | null | undefined;
  selfReferral?: boolean | null | undefined;
  /** Shown in search only from this day (null: no start) */
  showFrom?: string | null | undefined;
  /** Shown in search only until this day (null: no end) */
  showUntil?: string | null | undefined;
  status?: ActivityStatus | null | undefined;
  /** Runs in school terms only */
  termTimeOnly?: boolean | null | undefined;
  title: string;
  /** Required when deliveryMode is IN_PERSON */
  venueId?: string | number | null | undefined;
};

export type CreateUserInput = {
  email: string;
  /** How colleagues see the user, e.g. "Sam Patel" */
  name?: string | null | undefined;
  /** Organisations the user may manage (VCSE leaders) */
  organisationIds?: Array<string | number> | null | undefined;
  /** A link worker's PCN or practice */
  organisationName?: string | null | undefined;
  /** At least 12 characters, and not a commonly used password */
  password: string;
  role: Role;
  /** The user must choose a new password when they first sign in (default true: someone else chose this one) */
  temporaryPassword?: boolean | null | undefined;
};

export type CreateVenueInput = {
  /** ACCESSIBILITY taxonomy codes */
  accessibility?: Array<string> | null | undefined;
  addressLine1: string;
  /** WGS84, with longitude: places the venue exactly (e.g. a park gate) instead of at its postcode */
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
  name: string;
  organisationId: string | number;
  /** Full UK postcode; stored normalised ("M1 1AE") */
  postcode: string;
  town: string;
  transportNotes?: string | null | undefined;
};

export type DayOfWeek =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

export type DeclineReason =
  /** The group could not reach the person */
  | 'COULD_NOT_CONTACT'
  /** The activity does not suit what the person needs */
  | 'NOT_SUITABLE'
  /** Another reason (talk to the link worker) */
  | 'OTHER'
  /** Outside the ages the activity is for */
  | 'OUTSIDE_AGE_RANGE'
  /** The person decided not to join */
  | 'PERSON_DID_NOT_WANT_IT'
  /** Too far for the person to travel */
  | 'TOO_FAR';

export type DeliveryMode =
  | 'HOME_VISIT'
  | 'IN_PERSON'
  | 'ONLINE'
  | 'PHONE';

/** Optional, and only with the person’s consent: bands, never exact values */
export type EquityBandsInput = {
  ageBand?: AgeBand | null | undefined;
  /** The person agreed to give these (must be true) */
  consented: boolean;
  ethnicGroup?: EthnicGroup | null | undefined;
  /** Used once to find the area's deprivation decile; never stored */
  postcode?: string | null | undefined;
  sex?: Sex | null | undefined;
};

export type EthnicGroup =
  /** Asian, Asian British or Asian Welsh */
  | 'ASIAN'
  /** Black, Black British, Black Welsh, Caribbean or African */
  | 'BLACK'
  /** Mixed or Multiple ethnic groups */
  | 'MIXED'
  /** Other ethnic group */
  | 'OTHER'
  /** White */
  | 'WHITE';

export type EvidenceInput = {
  declared?: boolean | null | undefined;
  documentId?: string | number | null | undefined;
  expiresOn?: string | null | undefined;
  issuedOn?: string | null | undefined;
  itemKey: string;
  reference?: string | null | undefined;
};

export type EvidenceKind =
  | 'DATE'
  | 'DECLARATION'
  | 'DOCUMENT'
  | 'REFERENCE';

export type EvidenceStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'MISSING'
  | 'PROVIDED'
  | 'REJECTED';

/** FRESH; DUE: to confirm within 30 days; STALE: not confirmed for longer than STALE_AFTER_DAYS */
export type Freshness =
  | 'DUE'
  | 'FRESH'
  | 'STALE';

export type FundingKind =
  | 'DONATIONS'
  | 'GRANT'
  | 'LOCAL_AUTHORITY'
  | 'NHS'
  | 'OTHER'
  | 'TRADING';

export type FundingSourceInput = {
  annualAmountPence: number;
  endsOn?: string | null | undefined;
  kind: FundingKind;
  source: string;
};

export type GeoInput = {
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
  /** full ("M1 1AE") or outward code ("M1") */
  postcode?: string | null | undefined;
  /** Up to 200 km */
  radiusKm: number;
};

/** How exactly a place is known: COORDINATES and POSTCODE to a few metres, OUTCODE only to the outward code */
export type LocationPrecision =
  | 'COORDINATES'
  | 'OUTCODE'
  | 'POSTCODE';

export type NotificationFrequency =
  /** One digest email a day */
  | 'DAILY'
  /** An email for each event */
  | 'IMMEDIATE';

export type PauseActivityInput = {
  /** Shown to link workers, e.g. "Summer break" */
  reason: string;
  /** The listing becomes ACTIVE again by itself on this day */
  resumesOn?: string | null | undefined;
};

export type ProfileInput = {
  /** How colleagues see you, e.g. "Sam Patel" (empty to remove) */
  name?: string | null | undefined;
  notificationFrequency?: NotificationFrequency | null | undefined;
  /** Your PCN or practice, e.g. "Central Manchester PCN" (empty to remove) */
  organisationName?: string | null | undefined;
};

export type RaiseConcernInput = {
  activityId?: string | number | null | undefined;
  category: ConcernCategory;
  /** What happened at the group. Do not include anyone’s name or health details. */
  description: string;
  organisationId: string | number;
};

export type RecordConnectionInput = {
  /** Required (true) to connect to a FULL activity: the person joins its waiting list */
  acknowledgeFull?: boolean | null | undefined;
  activityId: string | number;
  /** How the group may contact the person, with their consent; stored encrypted */
  contact?: ReferralContactInput | null | undefined;
  /** NEED taxonomy codes, at least one */
  needs: Array<string>;
  /** An opaque reference of your own (never an NHS number, email or name); stored only as a keyed hash */
  personReference?: string | null | undefined;
};

export type RecordWellbeingInput = {
  /** Only at first contact */
  bands?: EquityBandsInput | null | undefined;
  measure?: WellbeingMeasure | null | undefined;
  occasion: WellbeingOccasion;
  /** Your own opaque reference for the person (the same one as on their connections); stored only as a keyed hash */
  personReference: string;
  /** When the questions were asked; today when not given */
  recordedOn?: string | null | undefined;
  /** One score for each item of the measure */
  scores: Array<WellbeingScoreInput>;
};

export type Recurrence =
  | 'FORTNIGHTLY'
  | 'MONTHLY'
  | 'WEEKLY';

/** How the group may contact the person: a name and one of phone or email, shared with consent */
export type ReferralContactInput = {
  /** The person agreed to share these details with this group (must be true) */
  consent: boolean;
  email?: string | null | undefined;
  /** A first or preferred name, as the person would like to be greeted */
  name: string;
  /** A UK phone number */
  phone?: string | null | undefined;
};

export type ReportRange = {
  /** only this outward code (M14) or postcode area (M) */
  area?: string | null | undefined;
  from: string;
  /** only this need (a taxonomy code) */
  need?: string | null | undefined;
  to: string;
};

export type RiskLevel =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type Role =
  | 'ADMIN'
  | 'ASSURER'
  | 'COMMISSIONER'
  | 'LINK_WORKER'
  | 'VCSE_LEADER';

export type ScheduleSlotInput = {
  day: DayOfWeek;
  /** "HH:MM", 24-hour, after startTime */
  endTime: string;
  /** FORTNIGHTLY: the date of one session (on `day`), which tells its weeks apart */
  firstDate?: string | null | undefined;
  /** WEEKLY when not given */
  recurrence?: Recurrence | null | undefined;
  /** "HH:MM", 24-hour */
  startTime: string;
  /** MONTHLY: 1 to 4 for the first to fourth `day` of the month, -1 for the last */
  weekOfMonth?: number | null | undefined;
};

export type SearchSort =
  | 'DISTANCE'
  | 'RECENTLY_UPDATED'
  | 'RELEVANCE';

export type Sex =
  | 'FEMALE'
  | 'MALE';

export type SustainabilityReturnInput = {
  fundingSources: Array<FundingSourceInput>;
  monthlyCostsPence: number;
  organisationId: string | number;
  paidStaffFte: number;
  /** "YYYY-Qn" */
  period: string;
  reservesMonths: number;
  volunteers: number;
};

/** starts before 12:00 / 12:00–17:00 / from 17:00 */
export type TimeOfDay =
  | 'AFTERNOON'
  | 'EVENING'
  | 'MORNING';

export type UpdateActivityInput = {
  /** ACCESSIBILITY taxonomy codes */
  accessibility?: Array<string> | null | undefined;
  capacity?: CapacityInput | null | undefined;
  /** CATEGORY taxonomy code */
  category?: string | null | undefined;
  /** The listing's own contact email; the organisation's when empty */
  contactEmail?: string | null | undefined;
  /** The listing's own contact phone; the organisation's when empty */
  contactPhone?: string | null | undefined;
  costDescription?: string | null | undefined;
  /** For a service that comes to the person: the local authority districts it reaches (GSS codes, e.g. E08000003) */
  coverageDistricts?: Array<string> | null | undefined;
  /** For a service that comes to the person (home visit, phone, online): the outward codes it reaches, e.g. ["M14", "M15"] */
  coverageOutcodes?: Array<string> | null | undefined;
  deliveryMode?: DeliveryMode | null | undefined;
  description?: string | null | undefined;
  free?: boolean | null | undefined;
  /** What someone does to join, e.g. "Just turn up" */
  howToJoin?: string | null | undefined;
  /** ISO 639-1 codes; ["en"] by default */
  languages?: Array<string> | null | undefined;
  maximumAge?: number | null | undefined;
  minimumAge?: number | null | undefined;
  /** NEED taxonomy codes, at least one */
  needs?: Array<string> | null | undefined;
  schedule?: Array<ScheduleSlotInput> | null | undefined;
  selfReferral?: boolean | null | undefined;
  /** Shown in search only from this day (null: no start) */
  showFrom?: string | null | undefined;
  /** Shown in search only until this day (null: no end) */
  showUntil?: string | null | undefined;
  status?: ActivityStatus | null | undefined;
  /** Runs in school terms only */
  termTimeOnly?: boolean | null | undefined;
  title?: string | null | undefined;
  /** Required when deliveryMode is IN_PERSON */
  venueId?: string | number | null | undefined;
};

export type UpdateUserInput = {
  /** How colleagues see the user (empty to remove) */
  name?: string | null | undefined;
  /** Replaces the organisations the user may manage */
  organisationIds?: Array<string | number> | null | undefined;
  /** A link worker's PCN or practice (empty to remove) */
  organisationName?: string | null | undefined;
  role?: Role | null | undefined;
};

export type UpdateVenueInput = {
  /** ACCESSIBILITY taxonomy codes */
  accessibility?: Array<string> | null | undefined;
  addressLine1: string;
  /** WGS84, with longitude: places the venue exactly (e.g. a park gate) instead of at its postcode */
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
  name: string;
  /** Full UK postcode; stored normalised ("M1 1AE") */
  postcode: string;
  town: string;
  transportNotes?: string | null | undefined;
};

export type UserFilterInput = {
  /** part of the email address */
  email?: string | null | undefined;
  page?: number | null | undefined;
  pageSize?: number | null | undefined;
  role?: Role | null | undefined;
};

export type WellbeingItem =
  /** Overall, how anxious did you feel yesterday? (lower is better) */
  | 'ANXIETY'
  /** Overall, how happy did you feel yesterday? */
  | 'HAPPINESS'
  /** Overall, how satisfied are you with your life nowadays? (0 not at all, 10 completely) */
  | 'LIFE_SATISFACTION'
  /** Overall, to what extent do you feel that the things you do in your life are worthwhile? */
  | 'WORTHWHILE';

export type WellbeingMeasure =
  /** The ONS personal wellbeing questions: four items scored 0 to 10 */
  | 'ONS4';

export type WellbeingOccasion =
  /** Before or at the first connection */
  | 'FIRST_CONTACT'
  /** Later, typically 8 to 12 weeks after the first contact */
  | 'FOLLOW_UP';

export type WellbeingScoreInput = {
  item: WellbeingItem;
  /** 0 to 10 */
  score: number;
};

export type WithdrawReason =
  /** The person was connected to another group */
  | 'CONNECTED_ELSEWHERE'
  /** The person no longer needs it */
  | 'NO_LONGER_NEEDED'
  /** Another reason */
  | 'OTHER'
  /** The person changed their mind */
  | 'PERSON_CHANGED_MIND'
  /** Recorded by mistake */
  | 'RECORDED_IN_ERROR';

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, role: Role, name: string | null, organisationName: string | null, notificationFrequency: NotificationFrequency, mustChangePassword: boolean, organisations: Array<{ id: string, name: string }> } | null };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: { id: string } };

export type UpdateMyProfileMutationVariables = Exact<{
  input: ProfileInput;
}>;


export type UpdateMyProfileMutation = { updateMyProfile: { id: string, name: string | null, organisationName: string | null, notificationFrequency: NotificationFrequency } };

export type SignOutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutEverywhereMutation = { signOutEverywhere: boolean };

export type SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SignInMutation = { signIn: { user: { role: Role, mustChangePassword: boolean } } };

export type ActivityPageQueryVariables = Exact<{
  id: string | number;
}>;


export type ActivityPageQuery = { activity: { id: string, title: string, description: string, deliveryMode: DeliveryMode, free: boolean, costDescription: string | null, minimumAge: number | null, maximumAge: number | null, languages: Array<string>, selfReferral: boolean, howToJoin: string | null, contactEmail: string | null, contactPhone: string | null, termTimeOnly: boolean, status: ActivityStatus, pausedReason: string | null, resumesOn: string | null, lastVerifiedAt: string | null, coverageOutcodes: Array<string>, coverageDistrictNames: Array<string>, needs: Array<{ code: string, label: string }>, category: { label: string } | null, accessibility: Array<{ code: string, label: string }>, schedule: Array<{ day: DayOfWeek, startTime: string, endTime: string, recurrence: Recurrence, firstDate: string | null, weekOfMonth: number | null }>, capacity: { placesPerSession: number | null, spacesAvailable: number | null, waitingList: number | null, state: CapacityState }, groupResponse: { referrals: number, medianHoursToAnswer: number | null, acceptanceRate: number } | null, venue: { name: string, addressLine1: string, town: string, postcode: string, transportNotes: string | null, locationNote: string | null } | null, organisation: { id: string, name: string, website: string | null, email: string | null, phone: string | null, assuranceStatus: AssuranceStatus, assuredUntil: string | null } } | null };

export type EditUserQueryVariables = Exact<{
  id: string | number;
  skip: boolean;
}>;


export type EditUserQuery = { user?: { id: string, email: string, role: Role, disabled: boolean, mustChangePassword: boolean, createdAt: string, organisations: Array<{ id: string }> }, organisations: Array<{ id: string, name: string }> };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, email: string } };

export type UpdateUserMutationVariables = Exact<{
  id: string | number;
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { id: string } };

export type DisableUserMutationVariables = Exact<{
  id: string | number;
}>;


export type DisableUserMutation = { disableUser: { id: string, disabled: boolean } };

export type EnableUserMutationVariables = Exact<{
  id: string | number;
}>;


export type EnableUserMutation = { enableUser: { id: string, disabled: boolean } };

export type ResetUserPasswordMutationVariables = Exact<{
  id: string | number;
}>;


export type ResetUserPasswordMutation = { resetUserPassword: { password: string } };

export type UserListQueryVariables = Exact<{
  filter?: UserFilterInput | null | undefined;
}>;


export type UserListQuery = { users: { total: number, users: Array<{ id: string, email: string, role: Role, disabled: boolean, mustChangePassword: boolean, createdAt: string, organisations: Array<{ id: string, name: string }> }> } };

export type AuditTrailQueryVariables = Exact<{
  organisationId?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  action?: string | null | undefined;
}>;


export type AuditTrailQuery = { auditActions: Array<string>, verifyAuditChain: { valid: boolean, events: number, firstBrokenEventId: string | null }, organisations: Array<{ id: string, name: string }>, assuranceAudit: Array<{ id: string, at: string, action: string, entityType: string, details: string | null, actor: { id: string, email: string } | null }> };

export type AuditRowFragment = { id: string, at: string, action: string, entityType: string, details: string | null, actor: { id: string, email: string } | null };

export type DemandRowsFragment = { rows: Array<{ key: string, label: string, searches: number, zeroResultSearches: number, assuredActivities: number }> };

export type DemandDashboardQueryVariables = Exact<{
  range: ReportRange;
}>;


export type DemandDashboardQuery = { byNeed: { rows: Array<{ key: string, label: string, searches: number, zeroResultSearches: number, assuredActivities: number }> }, byArea: { rows: Array<{ key: string, label: string, searches: number, zeroResultSearches: number, assuredActivities: number }> }, sustainabilityRisks: Array<{ risk: RiskLevel, reasons: Array<string>, organisation: { id: string, name: string } }> };

export type EquityRowsFragment = { populationSource: string | null, rows: Array<{ key: string, label: string, people: number | null, connections: number | null, attended: number | null, connectionShare: number | null, populationShare: number | null, suppressed: boolean }> };

export type EquityDashboardQueryVariables = Exact<{
  range: ReportRange;
}>;


export type EquityDashboardQuery = { byDecile: { from: string, to: string, populationSource: string | null, rows: Array<{ key: string, label: string, people: number | null, connections: number | null, attended: number | null, connectionShare: number | null, populationShare: number | null, suppressed: boolean }> }, byAge: { populationSource: string | null, rows: Array<{ key: string, label: string, people: number | null, connections: number | null, attended: number | null, connectionShare: number | null, populationShare: number | null, suppressed: boolean }> }, bySex: { populationSource: string | null, rows: Array<{ key: string, label: string, people: number | null, connections: number | null, attended: number | null, connectionShare: number | null, populationShare: number | null, suppressed: boolean }> }, byEthnicGroup: { populationSource: string | null, rows: Array<{ key: string, label: string, people: number | null, connections: number | null, attended: number | null, connectionShare: number | null, populationShare: number | null, suppressed: boolean }> }, deprivedAreaDemand: { mostDeprivedDeciles: number, fewerThan: number, outcodesWithDecile: number, needs: Array<{ key: string, label: string, searches: number, noResults: number, fewResults: number, shortShare: number | null, shortShareElsewhere: number | null }>, areas: Array<{ outcode: string, decile: number, searches: number, noResults: number, fewResults: number }> } };

export type FreshnessDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type FreshnessDashboardQuery = { freshnessReport: { staleAfterDays: number, overall: { listings: number, fresh: number, due: number, stale: number, confirmedShare: number | null }, organisations: Array<{ key: string, label: string, listings: number, fresh: number, due: number, stale: number, confirmedShare: number | null }> } };

export type AssuredProviderRegisterQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type AssuredProviderRegisterQuery = { assuredProviderRegister: Array<{ status: AssuranceStatus, tier: AssuranceTier | null, validUntil: string | null, assessedAt: string | null, assessedBy: { id: string, email: string } | null, organisation: { id: string, name: string, charityNumber: string | null } }> };

export type UsageRowsFragment = { from: string, to: string, rows: Array<{ key: string, label: string, connections: number | null, attended: number | null, didNotAttend: number | null, declined: number | null, attendances: number | null, suppressed: boolean }> };

export type UsageDashboardQueryVariables = Exact<{
  range: ReportRange;
}>;


export type UsageDashboardQuery = { byMonth: { from: string, to: string, rows: Array<{ key: string, label: string, connections: number | null, attended: number | null, didNotAttend: number | null, declined: number | null, attendances: number | null, suppressed: boolean }> }, byNeed: { from: string, to: string, rows: Array<{ key: string, label: string, connections: number | null, attended: number | null, didNotAttend: number | null, declined: number | null, attendances: number | null, suppressed: boolean }> }, byArea: { from: string, to: string, rows: Array<{ key: string, label: string, connections: number | null, attended: number | null, didNotAttend: number | null, declined: number | null, attendances: number | null, suppressed: boolean }> } };

export type WellbeingRowsFragment = { from: string, to: string, rows: Array<{ key: string, label: string, people: number | null, suppressed: boolean, items: Array<{ item: WellbeingItem, meanFirst: number | null, meanFollowUp: number | null, meanChange: number | null, improvedShare: number | null }> }> };

export type WellbeingDashboardQueryVariables = Exact<{
  range: ReportRange;
}>;


export type WellbeingDashboardQuery = { overall: { from: string, to: string, rows: Array<{ key: string, label: string, people: number | null, suppressed: boolean, items: Array<{ item: WellbeingItem, meanFirst: number | null, meanFollowUp: number | null, meanChange: number | null, improvedShare: number | null }> }> }, byDecile: { from: string, to: string, rows: Array<{ key: string, label: string, people: number | null, suppressed: boolean, items: Array<{ item: WellbeingItem, meanFirst: number | null, meanFollowUp: number | null, meanChange: number | null, improvedShare: number | null }> }> }, byAge: { from: string, to: string, rows: Array<{ key: string, label: string, people: number | null, suppressed: boolean, items: Array<{ item: WellbeingItem, meanFirst: number | null, meanFollowUp: number | null, meanChange: number | null, improvedShare: number | null }> }> }, bySex: { from: string, to: string, rows: Array<{ key: string, label: string, people: number | null, suppressed: boolean, items: Array<{ item: WellbeingItem, meanFirst: number | null, meanFollowUp: number | null, meanChange: number | null, improvedShare: number | null }> }> }, byEthnicGroup: { from: string, to: string, rows: Array<{ key: string, label: string, people: number | null, suppressed: boolean, items: Array<{ item: WellbeingItem, meanFirst: number | null, meanFollowUp: number | null, meanChange: number | null, improvedShare: number | null }> }> }, byNeed: { from: string, to: string, rows: Array<{ key: string, label: string, people: number | null, suppressed: boolean, items: Array<{ item: WellbeingItem, meanFirst: number | null, meanFollowUp: number | null, meanChange: number | null, improvedShare: number | null }> }> } };

export type ConcernAboutQueryVariables = Exact<{
  id: string | number;
}>;


export type ConcernAboutQuery = { activity: { id: string, title: string, organisation: { id: string, name: string } } | null };

export type RaiseConcernMutationVariables = Exact<{
  input: RaiseConcernInput;
}>;


export type RaiseConcernMutation = { raiseConcern: { id: string, precautionarySuspension: boolean } };

export type ConnectionQueryVariables = Exact<{
  id: string | number;
}>;


export type ConnectionQuery = { connection: { id: string, createdAt: string, outcome: ConnectionOutcome, declineReason: DeclineReason | null, withdrawReason: WithdrawReason | null, waitingList: boolean, answerBy: string | null, flag: ConnectionFlag | null, hasContact: boolean, contactErasedAt: string | null, needs: Array<{ code: string, label: string }>, activity: { id: string, title: string, organisation: { id: string, name: string } }, referrer: { name: string | null, organisationName: string | null, email: string }, history: Array<{ outcome: ConnectionOutcome, at: string, by: string }> } };

export type ConnectionContactQueryVariables = Exact<{
  id: string | number;
}>;


export type ConnectionContactQuery = { connectionContact: { name: string, phone: string | null, email: string | null, eraseAfter: string | null, reads: Array<{ reader: string, at: string }> } };

export type EraseConnectionContactMutationVariables = Exact<{
  id: string | number;
}>;


export type EraseConnectionContactMutation = { eraseConnectionContact: { id: string, hasContact: boolean, contactErasedAt: string | null } };

export type WithdrawConnectionMutationVariables = Exact<{
  id: string | number;
  reason: WithdrawReason;
}>;


export type WithdrawConnectionMutation = { withdrawConnection: { id: string, outcome: ConnectionOutcome, withdrawReason: WithdrawReason | null } };

export type MyConnectionsQueryVariables = Exact<{
  outcome?: ConnectionOutcome | null | undefined;
  personReference?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  before?: string | null | undefined;
}>;


export type MyConnectionsQuery = { myConnections: Array<{ id: string, cursor: string, outcome: ConnectionOutcome, flag: ConnectionFlag | null, hasContact: boolean, createdAt: string, answeredAt: string | null, needs: Array<{ code: string, label: string }>, activity: { id: string, title: string, organisation: { name: string } } }> };

export type UpdateConnectionOutcomeMutationVariables = Exact<{
  id: string | number;
  outcome: ConnectionOutcome;
}>;


export type UpdateConnectionOutcomeMutation = { updateConnectionOutcome: { id: string, outcome: ConnectionOutcome } };

export type ConnectToQueryVariables = Exact<{
  id: string | number;
}>;


export type ConnectToQuery = { activity: { id: string, title: string, status: ActivityStatus, needs: Array<{ code: string }>, capacity: { state: CapacityState }, organisation: { name: string } } | null };

export type RecordConnectionMutationVariables = Exact<{
  input: RecordConnectionInput;
}>;


export type RecordConnectionMutation = { recordConnection: { id: string } };

export type ConcernDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ConcernDetailQuery = { concern: { id: string, category: ConcernCategory, description: string, status: ConcernStatus, raisedAt: string, resolvedAt: string | null, resolutionNote: string | null, precautionarySuspension: boolean, organisation: { id: string, name: string, assuranceStatus: AssuranceStatus }, activity: { id: string, title: string } | null } };

export type ConcernHistoryQueryVariables = Exact<{
  organisationId: string | number;
  from: string;
}>;


export type ConcernHistoryQuery = { assuranceAudit: Array<{ id: string, at: string, action: string, entityType: string, details: string | null, actor: { id: string, email: string } | null }> };

export type SuspendOrganisationMutationVariables = Exact<{
  organisationId: string | number;
  reason: string;
}>;


export type SuspendOrganisationMutation = { suspendOrganisation: { id: string, assuranceStatus: AssuranceStatus } };

export type LiftSuspensionMutationVariables = Exact<{
  organisationId: string | number;
  note: string;
}>;


export type LiftSuspensionMutation = { liftSuspension: { id: string, assuranceStatus: AssuranceStatus } };

export type ResolveConcernMutationVariables = Exact<{
  concernId: string | number;
  note: string;
  reinstate: boolean;
}>;


export type ResolveConcernMutation = { resolveConcern: { id: string, status: ConcernStatus } };

export type ConcernListQueryVariables = Exact<{
  status?: ConcernStatus | null | undefined;
}>;


export type ConcernListQuery = { concerns: Array<{ id: string, category: ConcernCategory, status: ConcernStatus, raisedAt: string, resolvedAt: string | null, precautionarySuspension: boolean, organisation: { id: string, name: string }, activity: { id: string, title: string } | null }> };

export type ReviewAssessmentQueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewAssessmentQuery = { assessment: { id: string, tier: AssuranceTier, status: AssuranceStatus, submittedAt: string | null, returnedAt: string | null, returnNote: string | null, timesReturned: number, organisation: { id: string, name: string, assuranceStatus: AssuranceStatus }, template: { items: Array<{ key: string, title: string, guidance: string, evidenceKind: EvidenceKind, requiredForTiers: Array<AssuranceTier> }> }, evidence: Array<{ itemKey: string, status: EvidenceStatus, reference: string | null, documentId: string | null, declared: boolean | null, issuedOn: string | null, expiresOn: string | null, validUntil: string | null, reviewerNote: string | null }> } | null };

export type ReviewEvidenceItemMutationVariables = Exact<{
  assessmentId: string | number;
  itemKey: string;
  accept: boolean;
  note?: string | null | undefined;
}>;


export type ReviewEvidenceItemMutation = { reviewEvidence: { id: string } };

export type DecideAssessmentMutationVariables = Exact<{
  assessmentId: string | number;
  decision: AssessmentDecision;
  note?: string | null | undefined;
}>;


export type DecideAssessmentMutation = { decideAssessment: { id: string, status: AssuranceStatus } };

export type ReviewQueueQueryVariables = Exact<{
  withinDays: number;
}>;


export type ReviewQueueQuery = { assessmentQueue: Array<{ id: string, tier: AssuranceTier, submittedAt: string | null, timesReturned: number, organisation: { id: string, name: string } }>, expiringEvidence: Array<{ assessmentId: string, itemKey: string, title: string, validUntil: string, organisation: { id: string, name: string } }>, concerns: Array<{ id: string, category: ConcernCategory, raisedAt: string, precautionarySuspension: boolean, organisation: { id: string, name: string } }> };

export type ActivityCardFragment = { id: string, title: string, deliveryMode: DeliveryMode, free: boolean, costDescription: string | null, lastVerifiedAt: string | null, freshness: Freshness, termTimeOnly: boolean, schedule: Array<{ day: DayOfWeek, startTime: string, endTime: string, recurrence: Recurrence, firstDate: string | null, weekOfMonth: number | null }>, capacity: { state: CapacityState }, organisation: { id: string, name: string, assuranceStatus: AssuranceStatus }, venue: { name: string, town: string, latitude: number, longitude: number } | null };

export type SiteSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type SiteSettingsQuery = { siteSettings: { mapTileUrl: string, mapAttribution: string } };

export type TaxonomiesQueryVariables = Exact<{ [key: string]: never; }>;


export type TaxonomiesQuery = { needs: Array<{ code: string, label: string }>, accessibility: Array<{ code: string, label: string }> };

export type SearchActivitiesQueryVariables = Exact<{
  input: ActivitySearchInput;
}>;


export type SearchActivitiesQuery = { searchActivities: { total: number, page: number, pageSize: number, facets: Array<{ field: string, values: Array<{ value: string, count: number }> }>, near: { outcode: string, precision: LocationPrecision } | null, hits: Array<{ distanceKm: number | null, distanceApproximate: boolean, coversArea: boolean, activity: { id: string, title: string, deliveryMode: DeliveryMode, free: boolean, costDescription: string | null, lastVerifiedAt: string | null, freshness: Freshness, termTimeOnly: boolean, schedule: Array<{ day: DayOfWeek, startTime: string, endTime: string, recurrence: Recurrence, firstDate: string | null, weekOfMonth: number | null }>, capacity: { state: CapacityState }, organisation: { id: string, name: string, assuranceStatus: AssuranceStatus }, venue: { name: string, town: string, latitude: number, longitude: number } | null } }> } };

export type RecordWellbeingMutationVariables = Exact<{
  input: RecordWellbeingInput;
}>;


export type RecordWellbeingMutation = { recordWellbeing: { id: string, occasion: WellbeingOccasion } };

export type WellbeingFollowUpsDueQueryVariables = Exact<{ [key: string]: never; }>;


export type WellbeingFollowUpsDueQuery = { wellbeingFollowUpsDue: Array<{ firstContactId: string, firstContactOn: string, dueOn: string, connectedTo: Array<string> }> };

export type OrganisationAssuranceQueryVariables = Exact<{
  organisationId: string | number;
}>;


export type OrganisationAssuranceQuery = { organisationAssessments: Array<{ id: string, tier: AssuranceTier, status: AssuranceStatus, submittedAt: string | null, decidedAt: string | null, validUntil: string | null, decisionNote: string | null, returnedAt: string | null, returnNote: string | null, template: { version: number, items: Array<{ key: string, title: string, guidance: string, evidenceKind: EvidenceKind, requiredForTiers: Array<AssuranceTier>, validityMonths: number | null }> }, evidence: Array<{ itemKey: string, status: EvidenceStatus, reference: string | null, documentId: string | null, declared: boolean | null, issuedOn: string | null, expiresOn: string | null, validUntil: string | null, reviewerNote: string | null }> }> };

export type StartAssessmentMutationVariables = Exact<{
  organisationId: string | number;
  tier: AssuranceTier;
}>;


export type StartAssessmentMutation = { startAssessment: { id: string } };

export type ProvideEvidenceMutationVariables = Exact<{
  assessmentId: string | number;
  input: EvidenceInput;
}>;


export type ProvideEvidenceMutation = { provideEvidence: { id: string } };

export type SubmitAssessmentMutationVariables = Exact<{
  assessmentId: string | number;
}>;


export type SubmitAssessmentMutation = { submitAssessment: { id: string } };

export type AttendanceReturnActivitiesQueryVariables = Exact<{
  id: string | number;
}>;


export type AttendanceReturnActivitiesQuery = { organisation: { id: string, activities: Array<{ id: string, title: string, status: ActivityStatus }> } | null };

export type SubmitAttendanceReturnMutationVariables = Exact<{
  input: AttendanceReturnInput;
}>;


export type SubmitAttendanceReturnMutation = { submitAttendanceReturn: { id: string } };

export type GroupWellbeingQueryVariables = Exact<{
  organisationId: string | number;
}>;


export type GroupWellbeingQuery = { organisationWellbeing: { from: string, to: string, rows: Array<{ people: number | null, suppressed: boolean, items: Array<{ item: WellbeingItem, meanFirst: number | null, meanFollowUp: number | null, meanChange: number | null, improvedShare: number | null }> }> } };

export type ListingFormDataQueryVariables = Exact<{
  organisationId: string | number;
}>;


export type ListingFormDataQuery = { organisation: { id: string, venues: Array<{ id: string, name: string, town: string }> } | null, needs: Array<{ code: string, label: string }>, accessibility: Array<{ code: string, label: string }>, categories: Array<{ code: string, label: string }>, postcodeDirectory: { districts: Array<{ code: string, name: string | null }> } };

export type ActivityForEditQueryVariables = Exact<{
  id: string | number;
}>;


export type ActivityForEditQuery = { activity: { id: string, title: string, description: string, deliveryMode: DeliveryMode, free: boolean, costDescription: string | null, minimumAge: number | null, maximumAge: number | null, languages: Array<string>, coverageOutcodes: Array<string>, coverageDistricts: Array<string>, selfReferral: boolean, howToJoin: string | null, contactEmail: string | null, contactPhone: string | null, termTimeOnly: boolean, showFrom: string | null, showUntil: string | null, needs: Array<{ code: string }>, category: { code: string } | null, accessibility: Array<{ code: string }>, schedule: Array<{ day: DayOfWeek, startTime: string, endTime: string, recurrence: Recurrence, firstDate: string | null, weekOfMonth: number | null }>, capacity: { placesPerSession: number | null, spacesAvailable: number | null, waitingList: number | null }, venue: { id: string, accessibility: Array<{ code: string }> } | null, organisation: { id: string } } | null };

export type CreateListingMutationVariables = Exact<{
  input: CreateActivityInput;
}>;


export type CreateListingMutation = { createActivity: { id: string } };

export type UpdateListingMutationVariables = Exact<{
  id: string | number;
  input: UpdateActivityInput;
}>;


export type UpdateListingMutation = { updateActivity: { id: string } };

export type ManagedListingQueryVariables = Exact<{
  id: string | number;
}>;


export type ManagedListingQuery = { activity: { id: string, title: string, status: ActivityStatus, pausedReason: string | null, resumesOn: string | null, deliveryMode: DeliveryMode, free: boolean, costDescription: string | null, lastVerifiedAt: string | null, freshness: Freshness, termTimeOnly: boolean, organisation: { id: string, name: string, assuranceStatus: AssuranceStatus }, schedule: Array<{ day: DayOfWeek, startTime: string, endTime: string, recurrence: Recurrence, firstDate: string | null, weekOfMonth: number | null }>, capacity: { state: CapacityState }, venue: { name: string, town: string, latitude: number, longitude: number } | null } | null };

export type ResumeListingMutationVariables = Exact<{
  id: string | number;
}>;


export type ResumeListingMutation = { resumeActivity: { id: string } };

export type CloseListingMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseListingMutation = { closeActivity: { id: string } };

export type DuplicateListingMutationVariables = Exact<{
  id: string | number;
}>;


export type DuplicateListingMutation = { duplicateActivity: { id: string } };

export type OrganisationListingsQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationListingsQuery = { organisation: { id: string, activities: Array<{ id: string, title: string, status: ActivityStatus, resumesOn: string | null, lastVerifiedAt: string | null, freshness: Freshness, confirmBy: string | null, capacity: { state: CapacityState } }> } | null };

export type SetAvailabilityMutationVariables = Exact<{
  id: string | number;
  state: CapacityState;
}>;


export type SetAvailabilityMutation = { setActivityAvailability: { id: string, capacity: { state: CapacityState } } };

export type ConfirmListingMutationVariables = Exact<{
  id: string | number;
}>;


export type ConfirmListingMutation = { confirmActivityUpToDate: { id: string, lastVerifiedAt: string | null } };

export type ConfirmAllListingsMutationVariables = Exact<{
  organisationId: string | number;
}>;


export type ConfirmAllListingsMutation = { confirmOrganisationListingsUpToDate: number };

export type MyOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyOrganisationsQuery = { me: { id: string, organisations: Array<{ id: string, name: string, assuranceStatus: AssuranceStatus, assuredUntil: string | null, workspace: { waitingReferrals: number, activeListings: number, pausedListings: number, listingsToConfirm: number, evidenceExpiringSoon: number, nextSteps: Array<string> } }> } | null };

export type PauseListingMutationVariables = Exact<{
  id: string | number;
  input: PauseActivityInput;
}>;


export type PauseListingMutation = { pauseActivity: { id: string } };

export type ReferralsInboxQueryVariables = Exact<{
  organisationId: string | number;
  activityId?: string | number | null | undefined;
  outcome?: ConnectionOutcome | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  before?: string | null | undefined;
}>;


export type ReferralsInboxQuery = { organisationConnections: Array<{ id: string, cursor: string, createdAt: string, outcome: ConnectionOutcome, outcomeAt: string | null, declineReason: DeclineReason | null, hasContact: boolean, answerBy: string | null, referrer: { name: string | null, organisationName: string | null, email: string }, needs: Array<{ code: string, label: string }>, activity: { id: string, title: string } }>, organisation: { id: string, activities: Array<{ id: string, title: string }> } | null };

export type AnswerReferralMutationVariables = Exact<{
  id: string | number;
  outcome: ConnectionOutcome;
  declineReason?: DeclineReason | null | undefined;
}>;


export type AnswerReferralMutation = { updateConnectionOutcome: { id: string, outcome: ConnectionOutcome } };

export type OrganisationReturnsQueryVariables = Exact<{
  organisationId: string | number;
}>;


export type OrganisationReturnsQuery = { sustainability: { risk: RiskLevel, reasons: Array<string> }, attendanceReturns: Array<{ id: string, month: string, sessionsRun: number, attendances: number, newParticipants: number, confirmedUnusual: boolean, activity: { id: string, title: string } }>, sustainabilityReturns: Array<{ id: string, period: string, volunteers: number, paidStaffFte: number, monthlyCostsPence: number, reservesMonths: number, submittedAt: string, fundingSources: Array<{ source: string, kind: FundingKind, annualAmountPence: number, endsOn: string | null }> }> };

export type SubmitSustainabilityReturnMutationVariables = Exact<{
  input: SustainabilityReturnInput;
}>;


export type SubmitSustainabilityReturnMutation = { submitSustainabilityReturn: { id: string } };

export type VenueFormDataQueryVariables = Exact<{
  organisationId: string | number;
}>;


export type VenueFormDataQuery = { organisation: { id: string, venues: Array<{ id: string, name: string, addressLine1: string, town: string, postcode: string, latitude: number, longitude: number, precision: LocationPrecision, transportNotes: string | null, archived: boolean, accessibility: Array<{ code: string }> }> } | null, accessibility: Array<{ code: string, label: string }> };

export type CreateVenueMutationVariables = Exact<{
  input: CreateVenueInput;
}>;


export type CreateVenueMutation = { createVenue: { id: string } };

export type UpdateVenueMutationVariables = Exact<{
  id: string | number;
  input: UpdateVenueInput;
}>;


export type UpdateVenueMutation = { updateVenue: { id: string } };

export type ArchiveVenueMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveVenueMutation = { archiveVenue: { id: string } };

export type OrganisationVenuesQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationVenuesQuery = { organisation: { id: string, venues: Array<{ id: string, name: string, addressLine1: string, town: string, postcode: string, precision: LocationPrecision, locationNote: string | null, archived: boolean, accessibility: Array<{ code: string, label: string }> }> } | null };

export type WorkspaceHeaderQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkspaceHeaderQuery = { organisation: { id: string, name: string, assuranceStatus: AssuranceStatus, email: string | null, phone: string | null, workspace: { waitingReferrals: number } } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AuditRowFragmentDoc = new TypedDocumentString(`
    fragment AuditRow on AuditEvent {
  id
  at
  action
  entityType
  details
  actor {
    id
    email
  }
}
    `, {"fragmentName":"AuditRow"}) as unknown as TypedDocumentString<AuditRowFragment, unknown>;
export const DemandRowsFragmentDoc = new TypedDocumentString(`
    fragment DemandRows on DemandReport {
  rows {
    key
    label
    searches
    zeroResultSearches
    assuredActivities
  }
}
    `, {"fragmentName":"DemandRows"}) as unknown as TypedDocumentString<DemandRowsFragment, unknown>;
export const EquityRowsFragmentDoc = new TypedDocumentString(`
    fragment EquityRows on EquityReport {
  populationSource
  rows {
    key
    label
    people
    connections
    attended
    connectionShare
    populationShare
    suppressed
  }
}
    `, {"fragmentName":"EquityRows"}) as unknown as TypedDocumentString<EquityRowsFragment, unknown>;
export const UsageRowsFragmentDoc = new TypedDocumentString(`
    fragment UsageRows on UsageReport {
  from
  to
  rows {
    key
    label
    connections
    attended
    didNotAttend
    declined
    attendances
    suppressed
  }
}
    `, {"fragmentName":"UsageRows"}) as unknown as TypedDocumentString<UsageRowsFragment, unknown>;
export const WellbeingRowsFragmentDoc = new TypedDocumentString(`
    fragment WellbeingRows on WellbeingReport {
  from
  to
  rows {
    key
    label
    people
    suppressed
    items {
      item
      meanFirst
      meanFollowUp
      meanChange
      improvedShare
    }
  }
}
    `, {"fragmentName":"WellbeingRows"}) as unknown as TypedDocumentString<WellbeingRowsFragment, unknown>;
export const ActivityCardFragmentDoc = new TypedDocumentString(`
    fragment ActivityCard on Activity {
  id
  title
  deliveryMode
  free
  costDescription
  lastVerifiedAt
  freshness
  termTimeOnly
  schedule {
    day
    startTime
    endTime
    recurrence
    firstDate
    weekOfMonth
  }
  capacity {
    state
  }
  organisation {
    id
    name
    assuranceStatus
  }
  venue {
    name
    town
    latitude
    longitude
  }
}
    `, {"fragmentName":"ActivityCard"}) as unknown as TypedDocumentString<ActivityCardFragment, unknown>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    email
    role
    name
    organisationName
    notificationFrequency
    mustChangePassword
    organisations {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
    id
  }
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const UpdateMyProfileDocument = new TypedDocumentString(`
    mutation UpdateMyProfile($input: ProfileInput!) {
  updateMyProfile(input: $input) {
    id
    name
    organisationName
    notificationFrequency
  }
}
    `) as unknown as TypedDocumentString<UpdateMyProfileMutation, UpdateMyProfileMutationVariables>;
export const SignOutEverywhereDocument = new TypedDocumentString(`
    mutation SignOutEverywhere {
  signOutEverywhere
}
    `) as unknown as TypedDocumentString<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    user {
      role
      mustChangePassword
    }
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const ActivityPageDocument = new TypedDocumentString(`
    query ActivityPage($id: ID!) {
  activity(id: $id) {
    id
    title
    description
    deliveryMode
    free
    costDescription
    minimumAge
    maximumAge
    languages
    selfReferral
    howToJoin
    contactEmail
    contactPhone
    termTimeOnly
    status
    pausedReason
    resumesOn
    lastVerifiedAt
    needs {
      code
      label
    }
    category {
      label
    }
    accessibility {
      code
      label
    }
    schedule {
      day
      startTime
      endTime
      recurrence
      firstDate
      weekOfMonth
    }
    capacity {
      placesPerSession
      spacesAvailable
      waitingList
      state
    }
    groupResponse {
      referrals
      medianHoursToAnswer
      acceptanceRate
    }
    venue {
      name
      addressLine1
      town
      postcode
      transportNotes
      locationNote
    }
    coverageOutcodes
    coverageDistrictNames
    organisation {
      id
      name
      website
      email
      phone
      assuranceStatus
      assuredUntil
    }
  }
}
    `) as unknown as TypedDocumentString<ActivityPageQuery, ActivityPageQueryVariables>;
export const EditUserDocument = new TypedDocumentString(`
    query EditUser($id: ID!, $skip: Boolean!) {
  user(id: $id) @skip(if: $skip) {
    id
    email
    role
    disabled
    mustChangePassword
    createdAt
    organisations {
      id
    }
  }
  organisations {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<EditUserQuery, EditUserQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    id
    email
  }
}
    `) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = new TypedDocumentString(`
    mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;
export const DisableUserDocument = new TypedDocumentString(`
    mutation DisableUser($id: ID!) {
  disableUser(id: $id) {
    id
    disabled
  }
}
    `) as unknown as TypedDocumentString<DisableUserMutation, DisableUserMutationVariables>;
export const EnableUserDocument = new TypedDocumentString(`
    mutation EnableUser($id: ID!) {
  enableUser(id: $id) {
    id
    disabled
  }
}
    `) as unknown as TypedDocumentString<EnableUserMutation, EnableUserMutationVariables>;
export const ResetUserPasswordDocument = new TypedDocumentString(`
    mutation ResetUserPassword($id: ID!) {
  resetUserPassword(id: $id) {
    password
  }
}
    `) as unknown as TypedDocumentString<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;
export const UserListDocument = new TypedDocumentString(`
    query UserList($filter: UserFilterInput) {
  users(filter: $filter) {
    total
    users {
      id
      email
      role
      disabled
      mustChangePassword
      createdAt
      organisations {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UserListQuery, UserListQueryVariables>;
export const AuditTrailDocument = new TypedDocumentString(`
    query AuditTrail($organisationId: ID, $from: DateTime, $to: DateTime, $action: String) {
  verifyAuditChain {
    valid
    events
    firstBrokenEventId
  }
  auditActions
  organisations {
    id
    name
  }
  assuranceAudit(
    organisationId: $organisationId
    from: $from
    to: $to
    action: $action
  ) {
    ...AuditRow
  }
}
    fragment AuditRow on AuditEvent {
  id
  at
  action
  entityType
  details
  actor {
    id
    email
  }
}`) as unknown as TypedDocumentString<AuditTrailQuery, AuditTrailQueryVariables>;
export const DemandDashboardDocument = new TypedDocumentString(`
    query DemandDashboard($range: ReportRange!) {
  byNeed: demandReport(range: $range, groupBy: NEED) {
    ...DemandRows
  }
  byArea: demandReport(range: $range, groupBy: OUTCODE) {
    ...DemandRows
  }
  sustainabilityRisks(minimum: MEDIUM) {
    risk
    reasons
    organisation {
      id
      name
    }
  }
}
    fragment DemandRows on DemandReport {
  rows {
    key
    label
    searches
    zeroResultSearches
    assuredActivities
  }
}`) as unknown as TypedDocumentString<DemandDashboardQuery, DemandDashboardQueryVariables>;
export const EquityDashboardDocument = new TypedDocumentString(`
    query EquityDashboard($range: ReportRange!) {
  byDecile: equityReport(range: $range, band: DEPRIVATION_DECILE) {
    from
    to
    ...EquityRows
  }
  byAge: equityReport(range: $range, band: AGE_BAND) {
    ...EquityRows
  }
  bySex: equityReport(range: $range, band: SEX) {
    ...EquityRows
  }
  byEthnicGroup: equityReport(range: $range, band: ETHNIC_GROUP) {
    ...EquityRows
  }
  deprivedAreaDemand(range: $range) {
    mostDeprivedDeciles
    fewerThan
    outcodesWithDecile
    needs {
      key
      label
      searches
      noResults
      fewResults
      shortShare
      shortShareElsewhere
    }
    areas {
      outcode
      decile
      searches
      noResults
      fewResults
    }
  }
}
    fragment EquityRows on EquityReport {
  populationSource
  rows {
    key
    label
    people
    connections
    attended
    connectionShare
    populationShare
    suppressed
  }
}`) as unknown as TypedDocumentString<EquityDashboardQuery, EquityDashboardQueryVariables>;
export const FreshnessDashboardDocument = new TypedDocumentString(`
    query FreshnessDashboard {
  freshnessReport {
    staleAfterDays
    overall {
      listings
      fresh
      due
      stale
      confirmedShare
    }
    organisations {
      key
      label
      listings
      fresh
      due
      stale
      confirmedShare
    }
  }
}
    `) as unknown as TypedDocumentString<FreshnessDashboardQuery, FreshnessDashboardQueryVariables>;
export const AssuredProviderRegisterDocument = new TypedDocumentString(`
    query AssuredProviderRegister($asOf: Date) {
  assuredProviderRegister(asOf: $asOf) {
    status
    tier
    validUntil
    assessedAt
    assessedBy {
      id
      email
    }
    organisation {
      id
      name
      charityNumber
    }
  }
}
    `) as unknown as TypedDocumentString<AssuredProviderRegisterQuery, AssuredProviderRegisterQueryVariables>;
export const UsageDashboardDocument = new TypedDocumentString(`
    query UsageDashboard($range: ReportRange!) {
  byMonth: usageReport(range: $range, groupBy: MONTH) {
    ...UsageRows
  }
  byNeed: usageReport(range: $range, groupBy: NEED) {
    ...UsageRows
  }
  byArea: usageReport(range: $range, groupBy: OUTCODE) {
    ...UsageRows
  }
}
    fragment UsageRows on UsageReport {
  from
  to
  rows {
    key
    label
    connections
    attended
    didNotAttend
    declined
    attendances
    suppressed
  }
}`) as unknown as TypedDocumentString<UsageDashboardQuery, UsageDashboardQueryVariables>;
export const WellbeingDashboardDocument = new TypedDocumentString(`
    query WellbeingDashboard($range: ReportRange!) {
  overall: wellbeingReport(range: $range, groupBy: ALL) {
    ...WellbeingRows
  }
  byDecile: wellbeingReport(range: $range, groupBy: DEPRIVATION_DECILE) {
    ...WellbeingRows
  }
  byAge: wellbeingReport(range: $range, groupBy: AGE_BAND) {
    ...WellbeingRows
  }
  bySex: wellbeingReport(range: $range, groupBy: SEX) {
    ...WellbeingRows
  }
  byEthnicGroup: wellbeingReport(range: $range, groupBy: ETHNIC_GROUP) {
    ...WellbeingRows
  }
  byNeed: wellbeingReport(range: $range, groupBy: NEED) {
    ...WellbeingRows
  }
}
    fragment WellbeingRows on WellbeingReport {
  from
  to
  rows {
    key
    label
    people
    suppressed
    items {
      item
      meanFirst
      meanFollowUp
      meanChange
      improvedShare
    }
  }
}`) as unknown as TypedDocumentString<WellbeingDashboardQuery, WellbeingDashboardQueryVariables>;
export const ConcernAboutDocument = new TypedDocumentString(`
    query ConcernAbout($id: ID!) {
  activity(id: $id) {
    id
    title
    organisation {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ConcernAboutQuery, ConcernAboutQueryVariables>;
export const RaiseConcernDocument = new TypedDocumentString(`
    mutation RaiseConcern($input: RaiseConcernInput!) {
  raiseConcern(input: $input) {
    id
    precautionarySuspension
  }
}
    `) as unknown as TypedDocumentString<RaiseConcernMutation, RaiseConcernMutationVariables>;
export const ConnectionDocument = new TypedDocumentString(`
    query Connection($id: ID!) {
  connection(id: $id) {
    id
    createdAt
    outcome
    declineReason
    withdrawReason
    waitingList
    answerBy
    flag
    hasContact
    contactErasedAt
    needs {
      code
      label
    }
    activity {
      id
      title
      organisation {
        id
        name
      }
    }
    referrer {
      name
      organisationName
      email
    }
    history {
      outcome
      at
      by
    }
  }
}
    `) as unknown as TypedDocumentString<ConnectionQuery, ConnectionQueryVariables>;
export const ConnectionContactDocument = new TypedDocumentString(`
    query ConnectionContact($id: ID!) {
  connectionContact(id: $id) {
    name
    phone
    email
    eraseAfter
    reads {
      reader
      at
    }
  }
}
    `) as unknown as TypedDocumentString<ConnectionContactQuery, ConnectionContactQueryVariables>;
export const EraseConnectionContactDocument = new TypedDocumentString(`
    mutation EraseConnectionContact($id: ID!) {
  eraseConnectionContact(id: $id) {
    id
    hasContact
    contactErasedAt
  }
}
    `) as unknown as TypedDocumentString<EraseConnectionContactMutation, EraseConnectionContactMutationVariables>;
export const WithdrawConnectionDocument = new TypedDocumentString(`
    mutation WithdrawConnection($id: ID!, $reason: WithdrawReason!) {
  withdrawConnection(id: $id, reason: $reason) {
    id
    outcome
    withdrawReason
  }
}
    `) as unknown as TypedDocumentString<WithdrawConnectionMutation, WithdrawConnectionMutationVariables>;
export const MyConnectionsDocument = new TypedDocumentString(`
    query MyConnections($outcome: ConnectionOutcome, $personReference: String, $first: Int, $after: String, $before: String) {
  myConnections(
    outcome: $outcome
    personReference: $personReference
    first: $first
    after: $after
    before: $before
  ) {
    id
    cursor
    outcome
    flag
    hasContact
    createdAt
    answeredAt
    needs {
      code
      label
    }
    activity {
      id
      title
      organisation {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyConnectionsQuery, MyConnectionsQueryVariables>;
export const UpdateConnectionOutcomeDocument = new TypedDocumentString(`
    mutation UpdateConnectionOutcome($id: ID!, $outcome: ConnectionOutcome!) {
  updateConnectionOutcome(id: $id, outcome: $outcome) {
    id
    outcome
  }
}
    `) as unknown as TypedDocumentString<UpdateConnectionOutcomeMutation, UpdateConnectionOutcomeMutationVariables>;
export const ConnectToDocument = new TypedDocumentString(`
    query ConnectTo($id: ID!) {
  activity(id: $id) {
    id
    title
    status
    needs {
      code
    }
    capacity {
      state
    }
    organisation {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ConnectToQuery, ConnectToQueryVariables>;
export const RecordConnectionDocument = new TypedDocumentString(`
    mutation RecordConnection($input: RecordConnectionInput!) {
  recordConnection(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordConnectionMutation, RecordConnectionMutationVariables>;
export const ConcernDetailDocument = new TypedDocumentString(`
    query ConcernDetail($id: ID!) {
  concern(id: $id) {
    id
    category
    description
    status
    raisedAt
    resolvedAt
    resolutionNote
    precautionarySuspension
    organisation {
      id
      name
      assuranceStatus
    }
    activity {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<ConcernDetailQuery, ConcernDetailQueryVariables>;
export const ConcernHistoryDocument = new TypedDocumentString(`
    query ConcernHistory($organisationId: ID!, $from: DateTime!) {
  assuranceAudit(organisationId: $organisationId, from: $from) {
    ...AuditRow
  }
}
    fragment AuditRow on AuditEvent {
  id
  at
  action
  entityType
  details
  actor {
    id
    email
  }
}`) as unknown as TypedDocumentString<ConcernHistoryQuery, ConcernHistoryQueryVariables>;
export const SuspendOrganisationDocument = new TypedDocumentString(`
    mutation SuspendOrganisation($organisationId: ID!, $reason: String!) {
  suspendOrganisation(organisationId: $organisationId, reason: $reason) {
    id
    assuranceStatus
  }
}
    `) as unknown as TypedDocumentString<SuspendOrganisationMutation, SuspendOrganisationMutationVariables>;
export const LiftSuspensionDocument = new TypedDocumentString(`
    mutation LiftSuspension($organisationId: ID!, $note: String!) {
  liftSuspension(organisationId: $organisationId, note: $note) {
    id
    assuranceStatus
  }
}
    `) as unknown as TypedDocumentString<LiftSuspensionMutation, LiftSuspensionMutationVariables>;
export const ResolveConcernDocument = new TypedDocumentString(`
    mutation ResolveConcern($concernId: ID!, $note: String!, $reinstate: Boolean!) {
  resolveConcern(concernId: $concernId, note: $note, reinstate: $reinstate) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ResolveConcernMutation, ResolveConcernMutationVariables>;
export const ConcernListDocument = new TypedDocumentString(`
    query ConcernList($status: ConcernStatus) {
  concerns(status: $status) {
    id
    category
    status
    raisedAt
    resolvedAt
    precautionarySuspension
    organisation {
      id
      name
    }
    activity {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<ConcernListQuery, ConcernListQueryVariables>;
export const ReviewAssessmentDocument = new TypedDocumentString(`
    query ReviewAssessment($id: ID!) {
  assessment(id: $id) {
    id
    tier
    status
    submittedAt
    returnedAt
    returnNote
    timesReturned
    organisation {
      id
      name
      assuranceStatus
    }
    template {
      items {
        key
        title
        guidance
        evidenceKind
        requiredForTiers
      }
    }
    evidence {
      itemKey
      status
      reference
      documentId
      declared
      issuedOn
      expiresOn
      validUntil
      reviewerNote
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewAssessmentQuery, ReviewAssessmentQueryVariables>;
export const ReviewEvidenceItemDocument = new TypedDocumentString(`
    mutation ReviewEvidenceItem($assessmentId: ID!, $itemKey: String!, $accept: Boolean!, $note: String) {
  reviewEvidence(
    assessmentId: $assessmentId
    itemKey: $itemKey
    accept: $accept
    note: $note
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReviewEvidenceItemMutation, ReviewEvidenceItemMutationVariables>;
export const DecideAssessmentDocument = new TypedDocumentString(`
    mutation DecideAssessment($assessmentId: ID!, $decision: AssessmentDecision!, $note: String) {
  decideAssessment(assessmentId: $assessmentId, decision: $decision, note: $note) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DecideAssessmentMutation, DecideAssessmentMutationVariables>;
export const ReviewQueueDocument = new TypedDocumentString(`
    query ReviewQueue($withinDays: Int!) {
  assessmentQueue {
    id
    tier
    submittedAt
    timesReturned
    organisation {
      id
      name
    }
  }
  expiringEvidence(withinDays: $withinDays) {
    assessmentId
    itemKey
    title
    validUntil
    organisation {
      id
      name
    }
  }
  concerns(status: OPEN) {
    id
    category
    raisedAt
    precautionarySuspension
    organisation {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const SiteSettingsDocument = new TypedDocumentString(`
    query SiteSettings {
  siteSettings {
    mapTileUrl
    mapAttribution
  }
}
    `) as unknown as TypedDocumentString<SiteSettingsQuery, SiteSettingsQueryVariables>;
export const TaxonomiesDocument = new TypedDocumentString(`
    query Taxonomies {
  needs: taxonomy(kind: NEED) {
    code
    label
  }
  accessibility: taxonomy(kind: ACCESSIBILITY) {
    code
    label
  }
}
    `) as unknown as TypedDocumentString<TaxonomiesQuery, TaxonomiesQueryVariables>;
export const SearchActivitiesDocument = new TypedDocumentString(`
    query SearchActivities($input: ActivitySearchInput!) {
  searchActivities(input: $input) {
    total
    page
    pageSize
    facets {
      field
      values {
        value
        count
      }
    }
    near {
      outcode
      precision
    }
    hits {
      distanceKm
      distanceApproximate
      coversArea
      activity {
        ...ActivityCard
      }
    }
  }
}
    fragment ActivityCard on Activity {
  id
  title
  deliveryMode
  free
  costDescription
  lastVerifiedAt
  freshness
  termTimeOnly
  schedule {
    day
    startTime
    endTime
    recurrence
    firstDate
    weekOfMonth
  }
  capacity {
    state
  }
  organisation {
    id
    name
    assuranceStatus
  }
  venue {
    name
    town
    latitude
    longitude
  }
}`) as unknown as TypedDocumentString<SearchActivitiesQuery, SearchActivitiesQueryVariables>;
export const RecordWellbeingDocument = new TypedDocumentString(`
    mutation RecordWellbeing($input: RecordWellbeingInput!) {
  recordWellbeing(input: $input) {
    id
    occasion
  }
}
    `) as unknown as TypedDocumentString<RecordWellbeingMutation, RecordWellbeingMutationVariables>;
export const WellbeingFollowUpsDueDocument = new TypedDocumentString(`
    query WellbeingFollowUpsDue {
  wellbeingFollowUpsDue {
    firstContactId
    firstContactOn
    dueOn
    connectedTo
  }
}
    `) as unknown as TypedDocumentString<WellbeingFollowUpsDueQuery, WellbeingFollowUpsDueQueryVariables>;
export const OrganisationAssuranceDocument = new TypedDocumentString(`
    query OrganisationAssurance($organisationId: ID!) {
  organisationAssessments(organisationId: $organisationId) {
    id
    tier
    status
    submittedAt
    decidedAt
    validUntil
    decisionNote
    returnedAt
    returnNote
    template {
      version
      items {
        key
        title
        guidance
        evidenceKind
        requiredForTiers
        validityMonths
      }
    }
    evidence {
      itemKey
      status
      reference
      documentId
      declared
      issuedOn
      expiresOn
      validUntil
      reviewerNote
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationAssuranceQuery, OrganisationAssuranceQueryVariables>;
export const StartAssessmentDocument = new TypedDocumentString(`
    mutation StartAssessment($organisationId: ID!, $tier: AssuranceTier!) {
  startAssessment(organisationId: $organisationId, tier: $tier) {
    id
  }
}
    `) as unknown as TypedDocumentString<StartAssessmentMutation, StartAssessmentMutationVariables>;
export const ProvideEvidenceDocument = new TypedDocumentString(`
    mutation ProvideEvidence($assessmentId: ID!, $input: EvidenceInput!) {
  provideEvidence(assessmentId: $assessmentId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProvideEvidenceMutation, ProvideEvidenceMutationVariables>;
export const SubmitAssessmentDocument = new TypedDocumentString(`
    mutation SubmitAssessment($assessmentId: ID!) {
  submitAssessment(assessmentId: $assessmentId) {
    id
  }
}
    `) as unknown as TypedDocumentString<SubmitAssessmentMutation, SubmitAssessmentMutationVariables>;
export const AttendanceReturnActivitiesDocument = new TypedDocumentString(`
    query AttendanceReturnActivities($id: ID!) {
  organisation(id: $id) {
    id
    activities {
      id
      title
      status
    }
  }
}
    `) as unknown as TypedDocumentString<AttendanceReturnActivitiesQuery, AttendanceReturnActivitiesQueryVariables>;
export const SubmitAttendanceReturnDocument = new TypedDocumentString(`
    mutation SubmitAttendanceReturn($input: AttendanceReturnInput!) {
  submitAttendanceReturn(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SubmitAttendanceReturnMutation, SubmitAttendanceReturnMutationVariables>;
export const GroupWellbeingDocument = new TypedDocumentString(`
    query GroupWellbeing($organisationId: ID!) {
  organisationWellbeing(organisationId: $organisationId) {
    from
    to
    rows {
      people
      suppressed
      items {
        item
        meanFirst
        meanFollowUp
        meanChange
        improvedShare
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GroupWellbeingQuery, GroupWellbeingQueryVariables>;
export const ListingFormDataDocument = new TypedDocumentString(`
    query ListingFormData($organisationId: ID!) {
  organisation(id: $organisationId) {
    id
    venues {
      id
      name
      town
    }
  }
  needs: taxonomy(kind: NEED) {
    code
    label
  }
  accessibility: taxonomy(kind: ACCESSIBILITY) {
    code
    label
  }
  categories: taxonomy(kind: CATEGORY) {
    code
    label
  }
  postcodeDirectory {
    districts {
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ListingFormDataQuery, ListingFormDataQueryVariables>;
export const ActivityForEditDocument = new TypedDocumentString(`
    query ActivityForEdit($id: ID!) {
  activity(id: $id) {
    id
    title
    description
    deliveryMode
    free
    costDescription
    minimumAge
    maximumAge
    languages
    coverageOutcodes
    coverageDistricts
    selfReferral
    howToJoin
    contactEmail
    contactPhone
    termTimeOnly
    showFrom
    showUntil
    needs {
      code
    }
    category {
      code
    }
    accessibility {
      code
    }
    schedule {
      day
      startTime
      endTime
      recurrence
      firstDate
      weekOfMonth
    }
    capacity {
      placesPerSession
      spacesAvailable
      waitingList
    }
    venue {
      id
      accessibility {
        code
      }
    }
    organisation {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ActivityForEditQuery, ActivityForEditQueryVariables>;
export const CreateListingDocument = new TypedDocumentString(`
    mutation CreateListing($input: CreateActivityInput!) {
  createActivity(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateListingMutation, CreateListingMutationVariables>;
export const UpdateListingDocument = new TypedDocumentString(`
    mutation UpdateListing($id: ID!, $input: UpdateActivityInput!) {
  updateActivity(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateListingMutation, UpdateListingMutationVariables>;
export const ManagedListingDocument = new TypedDocumentString(`
    query ManagedListing($id: ID!) {
  activity(id: $id) {
    id
    title
    status
    pausedReason
    resumesOn
    organisation {
      id
    }
    ...ActivityCard
  }
}
    fragment ActivityCard on Activity {
  id
  title
  deliveryMode
  free
  costDescription
  lastVerifiedAt
  freshness
  termTimeOnly
  schedule {
    day
    startTime
    endTime
    recurrence
    firstDate
    weekOfMonth
  }
  capacity {
    state
  }
  organisation {
    id
    name
    assuranceStatus
  }
  venue {
    name
    town
    latitude
    longitude
  }
}`) as unknown as TypedDocumentString<ManagedListingQuery, ManagedListingQueryVariables>;
export const ResumeListingDocument = new TypedDocumentString(`
    mutation ResumeListing($id: ID!) {
  resumeActivity(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ResumeListingMutation, ResumeListingMutationVariables>;
export const CloseListingDocument = new TypedDocumentString(`
    mutation CloseListing($id: ID!) {
  closeActivity(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<CloseListingMutation, CloseListingMutationVariables>;
export const DuplicateListingDocument = new TypedDocumentString(`
    mutation DuplicateListing($id: ID!) {
  duplicateActivity(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<DuplicateListingMutation, DuplicateListingMutationVariables>;
export const OrganisationListingsDocument = new TypedDocumentString(`
    query OrganisationListings($id: ID!) {
  organisation(id: $id) {
    id
    activities {
      id
      title
      status
      resumesOn
      lastVerifiedAt
      freshness
      confirmBy
      capacity {
        state
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationListingsQuery, OrganisationListingsQueryVariables>;
export const SetAvailabilityDocument = new TypedDocumentString(`
    mutation SetAvailability($id: ID!, $state: CapacityState!) {
  setActivityAvailability(id: $id, state: $state) {
    id
    capacity {
      state
    }
  }
}
    `) as unknown as TypedDocumentString<SetAvailabilityMutation, SetAvailabilityMutationVariables>;
export const ConfirmListingDocument = new TypedDocumentString(`
    mutation ConfirmListing($id: ID!) {
  confirmActivityUpToDate(id: $id) {
    id
    lastVerifiedAt
  }
}
    `) as unknown as TypedDocumentString<ConfirmListingMutation, ConfirmListingMutationVariables>;
export const ConfirmAllListingsDocument = new TypedDocumentString(`
    mutation ConfirmAllListings($organisationId: ID!) {
  confirmOrganisationListingsUpToDate(organisationId: $organisationId)
}
    `) as unknown as TypedDocumentString<ConfirmAllListingsMutation, ConfirmAllListingsMutationVariables>;
export const MyOrganisationsDocument = new TypedDocumentString(`
    query MyOrganisations {
  me {
    id
    organisations {
      id
      name
      assuranceStatus
      assuredUntil
      workspace {
        waitingReferrals
        activeListings
        pausedListings
        listingsToConfirm
        evidenceExpiringSoon
        nextSteps
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyOrganisationsQuery, MyOrganisationsQueryVariables>;
export const PauseListingDocument = new TypedDocumentString(`
    mutation PauseListing($id: ID!, $input: PauseActivityInput!) {
  pauseActivity(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PauseListingMutation, PauseListingMutationVariables>;
export const ReferralsInboxDocument = new TypedDocumentString(`
    query ReferralsInbox($organisationId: ID!, $activityId: ID, $outcome: ConnectionOutcome, $first: Int, $after: String, $before: String) {
  organisationConnections(
    organisationId: $organisationId
    activityId: $activityId
    outcome: $outcome
    first: $first
    after: $after
    before: $before
  ) {
    id
    cursor
    createdAt
    outcome
    outcomeAt
    declineReason
    hasContact
    answerBy
    referrer {
      name
      organisationName
      email
    }
    needs {
      code
      label
    }
    activity {
      id
      title
    }
  }
  organisation(id: $organisationId) {
    id
    activities {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralsInboxQuery, ReferralsInboxQueryVariables>;
export const AnswerReferralDocument = new TypedDocumentString(`
    mutation AnswerReferral($id: ID!, $outcome: ConnectionOutcome!, $declineReason: DeclineReason) {
  updateConnectionOutcome(
    id: $id
    outcome: $outcome
    declineReason: $declineReason
  ) {
    id
    outcome
  }
}
    `) as unknown as TypedDocumentString<AnswerReferralMutation, AnswerReferralMutationVariables>;
export const OrganisationReturnsDocument = new TypedDocumentString(`
    query OrganisationReturns($organisationId: ID!) {
  sustainability(organisationId: $organisationId) {
    risk
    reasons
  }
  attendanceReturns(organisationId: $organisationId) {
    id
    month
    sessionsRun
    attendances
    newParticipants
    confirmedUnusual
    activity {
      id
      title
    }
  }
  sustainabilityReturns(organisationId: $organisationId) {
    id
    period
    volunteers
    paidStaffFte
    monthlyCostsPence
    reservesMonths
    submittedAt
    fundingSources {
      source
      kind
      annualAmountPence
      endsOn
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationReturnsQuery, OrganisationReturnsQueryVariables>;
export const SubmitSustainabilityReturnDocument = new TypedDocumentString(`
    mutation SubmitSustainabilityReturn($input: SustainabilityReturnInput!) {
  submitSustainabilityReturn(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SubmitSustainabilityReturnMutation, SubmitSustainabilityReturnMutationVariables>;
export const VenueFormDataDocument = new TypedDocumentString(`
    query VenueFormData($organisationId: ID!) {
  organisation(id: $organisationId) {
    id
    venues(includeArchived: true) {
      id
      name
      addressLine1
      town
      postcode
      latitude
      longitude
      precision
      transportNotes
      archived
      accessibility {
        code
      }
    }
  }
  accessibility: taxonomy(kind: ACCESSIBILITY) {
    code
    label
  }
}
    `) as unknown as TypedDocumentString<VenueFormDataQuery, VenueFormDataQueryVariables>;
export const CreateVenueDocument = new TypedDocumentString(`
    mutation CreateVenue($input: CreateVenueInput!) {
  createVenue(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateVenueMutation, CreateVenueMutationVariables>;
export const UpdateVenueDocument = new TypedDocumentString(`
    mutation UpdateVenue($id: ID!, $input: UpdateVenueInput!) {
  updateVenue(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateVenueMutation, UpdateVenueMutationVariables>;
export const ArchiveVenueDocument = new TypedDocumentString(`
    mutation ArchiveVenue($id: ID!) {
  archiveVenue(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ArchiveVenueMutation, ArchiveVenueMutationVariables>;
export const OrganisationVenuesDocument = new TypedDocumentString(`
    query OrganisationVenues($id: ID!) {
  organisation(id: $id) {
    id
    venues(includeArchived: true) {
      id
      name
      addressLine1
      town
      postcode
      precision
      locationNote
      archived
      accessibility {
        code
        label
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationVenuesQuery, OrganisationVenuesQueryVariables>;
export const WorkspaceHeaderDocument = new TypedDocumentString(`
    query WorkspaceHeader($id: ID!) {
  organisation(id: $id) {
    id
    name
    assuranceStatus
    email
    phone
    workspace {
      waitingReferrals
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceHeaderQuery, WorkspaceHeaderQueryVariables>;