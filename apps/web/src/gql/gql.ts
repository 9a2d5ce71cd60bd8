/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      id\n      email\n      role\n      mustChangePassword\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      id\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      user {\n        role\n        mustChangePassword\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query ActivityPage($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      description\n      deliveryMode\n      free\n      costDescription\n      minimumAge\n      maximumAge\n      languages\n      selfReferral\n      status\n      lastVerifiedAt\n      needs {\n        code\n        label\n      }\n      category {\n        label\n      }\n      accessibility {\n        code\n        label\n      }\n      schedule {\n        day\n        startTime\n        endTime\n      }\n      capacity {\n        placesPerSession\n        spacesAvailable\n        waitingList\n        state\n      }\n      venue {\n        name\n        addressLine1\n        town\n        postcode\n        transportNotes\n      }\n      organisation {\n        id\n        name\n        website\n        email\n        phone\n        assuranceStatus\n        assuredUntil\n      }\n    }\n  }\n": typeof types.ActivityPageDocument,
    "\n  query ConcernAbout($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ConcernAboutDocument,
    "\n  mutation RaiseConcern($input: RaiseConcernInput!) {\n    raiseConcern(input: $input) {\n      id\n      precautionarySuspension\n    }\n  }\n": typeof types.RaiseConcernDocument,
    "\n  query MyConnections($outcome: ConnectionOutcome, $first: Int, $after: String, $before: String) {\n    myConnections(outcome: $outcome, first: $first, after: $after, before: $before) {\n      id\n      cursor\n      outcome\n      createdAt\n      answeredAt\n      needs {\n        code\n        label\n      }\n      activity {\n        id\n        title\n        organisation {\n          name\n        }\n      }\n    }\n  }\n": typeof types.MyConnectionsDocument,
    "\n  mutation UpdateConnectionOutcome($id: ID!, $outcome: ConnectionOutcome!) {\n    updateConnectionOutcome(id: $id, outcome: $outcome) {\n      id\n      outcome\n    }\n  }\n": typeof types.UpdateConnectionOutcomeDocument,
    "\n  query ConnectTo($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      status\n      needs {\n        code\n      }\n      capacity {\n        state\n      }\n      organisation {\n        name\n      }\n    }\n  }\n": typeof types.ConnectToDocument,
    "\n  mutation RecordConnection($input: RecordConnectionInput!) {\n    recordConnection(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordConnectionDocument,
    "\n  fragment ActivityCard on Activity {\n    id\n    title\n    deliveryMode\n    free\n    costDescription\n    lastVerifiedAt\n    schedule {\n      day\n      startTime\n      endTime\n    }\n    capacity {\n      state\n    }\n    organisation {\n      id\n      name\n      assuranceStatus\n    }\n    venue {\n      name\n      town\n      latitude\n      longitude\n    }\n  }\n": typeof types.ActivityCardFragmentDoc,
    "\n  query SiteSettings {\n    siteSettings {\n      mapTileUrl\n      mapAttribution\n    }\n  }\n": typeof types.SiteSettingsDocument,
    "\n  query Taxonomies {\n    needs: taxonomy(kind: NEED) {\n      code\n      label\n    }\n    accessibility: taxonomy(kind: ACCESSIBILITY) {\n      code\n      label\n    }\n  }\n": typeof types.TaxonomiesDocument,
    "\n  query SearchActivities($input: ActivitySearchInput!) {\n    searchActivities(input: $input) {\n      total\n      page\n      pageSize\n      facets {\n        field\n        values {\n          value\n          count\n        }\n      }\n      hits {\n        distanceKm\n        activity {\n          ...ActivityCard\n        }\n      }\n    }\n  }\n": typeof types.SearchActivitiesDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      email\n      role\n      mustChangePassword\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      id\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      user {\n        role\n        mustChangePassword\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  query ActivityPage($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      description\n      deliveryMode\n      free\n      costDescription\n      minimumAge\n      maximumAge\n      languages\n      selfReferral\n      status\n      lastVerifiedAt\n      needs {\n        code\n        label\n      }\n      category {\n        label\n      }\n      accessibility {\n        code\n        label\n      }\n      schedule {\n        day\n        startTime\n        endTime\n      }\n      capacity {\n        placesPerSession\n        spacesAvailable\n        waitingList\n        state\n      }\n      venue {\n        name\n        addressLine1\n        town\n        postcode\n        transportNotes\n      }\n      organisation {\n        id\n        name\n        website\n        email\n        phone\n        assuranceStatus\n        assuredUntil\n      }\n    }\n  }\n": types.ActivityPageDocument,
    "\n  query ConcernAbout($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.ConcernAboutDocument,
    "\n  mutation RaiseConcern($input: RaiseConcernInput!) {\n    raiseConcern(input: $input) {\n      id\n      precautionarySuspension\n    }\n  }\n": types.RaiseConcernDocument,
    "\n  query MyConnections($outcome: ConnectionOutcome, $first: Int, $after: String, $before: String) {\n    myConnections(outcome: $outcome, first: $first, after: $after, before: $before) {\n      id\n      cursor\n      outcome\n      createdAt\n      answeredAt\n      needs {\n        code\n        label\n      }\n      activity {\n        id\n        title\n        organisation {\n          name\n        }\n      }\n    }\n  }\n": types.MyConnectionsDocument,
    "\n  mutation UpdateConnectionOutcome($id: ID!, $outcome: ConnectionOutcome!) {\n    updateConnectionOutcome(id: $id, outcome: $outcome) {\n      id\n      outcome\n    }\n  }\n": types.UpdateConnectionOutcomeDocument,
    "\n  query ConnectTo($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      status\n      needs {\n        code\n      }\n      capacity {\n        state\n      }\n      organisation {\n        name\n      }\n    }\n  }\n": types.ConnectToDocument,
    "\n  mutation RecordConnection($input: RecordConnectionInput!) {\n    recordConnection(input: $input) {\n      id\n    }\n  }\n": types.RecordConnectionDocument,
    "\n  fragment ActivityCard on Activity {\n    id\n    title\n    deliveryMode\n    free\n    costDescription\n    lastVerifiedAt\n    schedule {\n      day\n      startTime\n      endTime\n    }\n    capacity {\n      state\n    }\n    organisation {\n      id\n      name\n      assuranceStatus\n    }\n    venue {\n      name\n      town\n      latitude\n      longitude\n    }\n  }\n": types.ActivityCardFragmentDoc,
    "\n  query SiteSettings {\n    siteSettings {\n      mapTileUrl\n      mapAttribution\n    }\n  }\n": types.SiteSettingsDocument,
    "\n  query Taxonomies {\n    needs: taxonomy(kind: NEED) {\n      code\n      label\n    }\n    accessibility: taxonomy(kind: ACCESSIBILITY) {\n      code\n      label\n    }\n  }\n": types.TaxonomiesDocument,
    "\n  query SearchActivities($input: ActivitySearchInput!) {\n    searchActivities(input: $input) {\n      total\n      page\n      pageSize\n      facets {\n        field\n        values {\n          value\n          count\n        }\n      }\n      hits {\n        distanceKm\n        activity {\n          ...ActivityCard\n        }\n      }\n    }\n  }\n": types.SearchActivitiesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      role\n      mustChangePassword\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      id\n    }\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"): typeof import('./graphql').SignOutEverywhereDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      user {\n        role\n        mustChangePassword\n      }\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityPage($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      description\n      deliveryMode\n      free\n      costDescription\n      minimumAge\n      maximumAge\n      languages\n      selfReferral\n      status\n      lastVerifiedAt\n      needs {\n        code\n        label\n      }\n      category {\n        label\n      }\n      accessibility {\n        code\n        label\n      }\n      schedule {\n        day\n        startTime\n        endTime\n      }\n      capacity {\n        placesPerSession\n        spacesAvailable\n        waitingList\n        state\n      }\n      venue {\n        name\n        addressLine1\n        town\n        postcode\n        transportNotes\n      }\n      organisation {\n        id\n        name\n        website\n        email\n        phone\n        assuranceStatus\n        assuredUntil\n      }\n    }\n  }\n"): typeof import('./graphql').ActivityPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConcernAbout($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ConcernAboutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaiseConcern($input: RaiseConcernInput!) {\n    raiseConcern(input: $input) {\n      id\n      precautionarySuspension\n    }\n  }\n"): typeof import('./graphql').RaiseConcernDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyConnections($outcome: ConnectionOutcome, $first: Int, $after: String, $before: String) {\n    myConnections(outcome: $outcome, first: $first, after: $after, before: $before) {\n      id\n      cursor\n      outcome\n      createdAt\n      answeredAt\n      needs {\n        code\n        label\n      }\n      activity {\n        id\n        title\n        organisation {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyConnectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateConnectionOutcome($id: ID!, $outcome: ConnectionOutcome!) {\n    updateConnectionOutcome(id: $id, outcome: $outcome) {\n      id\n      outcome\n    }\n  }\n"): typeof import('./graphql').UpdateConnectionOutcomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectTo($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      status\n      needs {\n        code\n      }\n      capacity {\n        state\n      }\n      organisation {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ConnectToDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordConnection($input: RecordConnectionInput!) {\n    recordConnection(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RecordConnectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityCard on Activity {\n    id\n    title\n    deliveryMode\n    free\n    costDescription\n    lastVerifiedAt\n    schedule {\n      day\n      startTime\n      endTime\n    }\n    capacity {\n      state\n    }\n    organisation {\n      id\n      name\n      assuranceStatus\n    }\n    venue {\n      name\n      town\n      latitude\n      longitude\n    }\n  }\n"): typeof import('./graphql').ActivityCardFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteSettings {\n    siteSettings {\n      mapTileUrl\n      mapAttribution\n    }\n  }\n"): typeof import('./graphql').SiteSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Taxonomies {\n    needs: taxonomy(kind: NEED) {\n      code\n      label\n    }\n    accessibility: taxonomy(kind: ACCESSIBILITY) {\n      code\n      label\n    }\n  }\n"): typeof import('./graphql').TaxonomiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchActivities($input: ActivitySearchInput!) {\n    searchActivities(input: $input) {\n      total\n      page\n      pageSize\n      facets {\n        field\n        values {\n          value\n          count\n        }\n      }\n      hits {\n        distanceKm\n        activity {\n          ...ActivityCard\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchActivitiesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
