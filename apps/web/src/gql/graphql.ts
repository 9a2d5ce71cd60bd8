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
  /** only activities with a session every week (not only fortnightly or monthly) */
  weeklyOnly?: boolean | null | undefined;
};

export type ActivityStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'PAUSED';

export type AssuranceStatus =
  | 'ASSURED'
  | 'EXPIRING'
  | 'IN_PROGRESS'
  | 'LAPSED'
  | 'NOT_ASSESSED'
  | 'REJECTED'
  | 'SUBMITTED'
  | 'SUSPENDED';

export type CapacityState =
  | 'FULL'
  | 'SPACES_AVAILABLE'
  | 'WAITING_LIST';

export type ConcernCategory =
  | 'LISTING_INACCURATE'
  | 'OTHER'
  | 'QUALITY'
  | 'SAFEGUARDING';

export type ConnectionOutcome =
  | 'ACCEPTED'
  | 'ATTENDED'
  | 'DECLINED'
  | 'DID_NOT_ATTEND'
  | 'GROUP_FULL'
  | 'PENDING';

export type DayOfWeek =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

export type DeliveryMode =
  | 'HOME_VISIT'
  | 'IN_PERSON'
  | 'ONLINE'
  | 'PHONE';

export type GeoInput = {
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
  /** full ("M1 1AE") or outward code ("M1") */
  postcode?: string | null | undefined;
  /** Up to 200 km */
  radiusKm: number;
};

export type RaiseConcernInput = {
  activityId?: string | number | null | undefined;
  category: ConcernCategory;
  /** What happened at the group. Do not include anyone’s name or health details. */
  description: string;
  organisationId: string | number;
};

export type RecordConnectionInput = {
  activityId: string | number;
  /** NEED taxonomy codes, at least one */
  needs: Array<string>;
  /** An opaque reference of your own (never an NHS number, email or name); stored only as a keyed hash */
  personReference?: string | null | undefined;
};

export type Role =
  | 'ADMIN'
  | 'ASSURER'
  | 'COMMISSIONER'
  | 'LINK_WORKER'
  | 'VCSE_LEADER';

export type SearchSort =
  | 'DISTANCE'
  | 'RECENTLY_UPDATED'
  | 'RELEVANCE';

/** starts before 12:00 / 12:00–17:00 / from 17:00 */
export type TimeOfDay =
  | 'AFTERNOON'
  | 'EVENING'
  | 'MORNING';

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, role: Role, mustChangePassword: boolean } | null };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: { id: string } };

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


export type ActivityPageQuery = { activity: { id: string, title: string, description: string, deliveryMode: DeliveryMode, free: boolean, costDescription: string | null, minimumAge: number | null, maximumAge: number | null, languages: Array<string>, selfReferral: boolean, status: ActivityStatus, lastVerifiedAt: string | null, needs: Array<{ code: string, label: string }>, category: { label: string } | null, accessibility: Array<{ code: string, label: string }>, schedule: Array<{ day: DayOfWeek, startTime: string, endTime: string }>, capacity: { placesPerSession: number | null, spacesAvailable: number | null, waitingList: number | null, state: CapacityState }, venue: { name: string, addressLine1: string, town: string, postcode: string, transportNotes: string | null } | null, organisation: { id: string, name: string, website: string | null, email: string | null, phone: string | null, assuranceStatus: AssuranceStatus, assuredUntil: string | null } } | null };

export type ConcernAboutQueryVariables = Exact<{
  id: string | number;
}>;


export type ConcernAboutQuery = { activity: { id: string, title: string, organisation: { id: string, name: string } } | null };

export type RaiseConcernMutationVariables = Exact<{
  input: RaiseConcernInput;
}>;


export type RaiseConcernMutation = { raiseConcern: { id: string, precautionarySuspension: boolean } };

export type MyConnectionsQueryVariables = Exact<{
  outcome?: ConnectionOutcome | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  before?: string | null | undefined;
}>;


export type MyConnectionsQuery = { myConnections: Array<{ id: string, cursor: string, outcome: ConnectionOutcome, createdAt: string, answeredAt: string | null, needs: Array<{ code: string, label: string }>, activity: { id: string, title: string, organisation: { name: string } } }> };

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

export type ActivityCardFragment = { id: string, title: string, deliveryMode: DeliveryMode, free: boolean, costDescription: string | null, lastVerifiedAt: string | null, schedule: Array<{ day: DayOfWeek, startTime: string, endTime: string }>, capacity: { state: CapacityState }, organisation: { id: string, name: string, assuranceStatus: AssuranceStatus }, venue: { name: string, town: string, latitude: number, longitude: number } | null };

export type SiteSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type SiteSettingsQuery = { siteSettings: { mapTileUrl: string, mapAttribution: string } };

export type TaxonomiesQueryVariables = Exact<{ [key: string]: never; }>;


export type TaxonomiesQuery = { needs: Array<{ code: string, label: string }>, accessibility: Array<{ code: string, label: string }> };

export type SearchActivitiesQueryVariables = Exact<{
  input: ActivitySearchInput;
}>;


export type SearchActivitiesQuery = { searchActivities: { total: number, page: number, pageSize: number, facets: Array<{ field: string, values: Array<{ value: string, count: number }> }>, hits: Array<{ distanceKm: number | null, activity: { id: string, title: string, deliveryMode: DeliveryMode, free: boolean, costDescription: string | null, lastVerifiedAt: string | null, schedule: Array<{ day: DayOfWeek, startTime: string, endTime: string }>, capacity: { state: CapacityState }, organisation: { id: string, name: string, assuranceStatus: AssuranceStatus }, venue: { name: string, town: string, latitude: number, longitude: number } | null } }> } };

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
export const ActivityCardFragmentDoc = new TypedDocumentString(`
    fragment ActivityCard on Activity {
  id
  title
  deliveryMode
  free
  costDescription
  lastVerifiedAt
  schedule {
    day
    startTime
    endTime
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
    mustChangePassword
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
    status
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
    }
    capacity {
      placesPerSession
      spacesAvailable
      waitingList
      state
    }
    venue {
      name
      addressLine1
      town
      postcode
      transportNotes
    }
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
export const MyConnectionsDocument = new TypedDocumentString(`
    query MyConnections($outcome: ConnectionOutcome, $first: Int, $after: String, $before: String) {
  myConnections(outcome: $outcome, first: $first, after: $after, before: $before) {
    id
    cursor
    outcome
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
    hits {
      distanceKm
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
  schedule {
    day
    startTime
    endTime
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