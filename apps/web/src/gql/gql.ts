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
    "\n  query Me {\n    me {\n      id\n      email\n      role\n      name\n      organisationName\n      notificationFrequency\n      mustChangePassword\n      organisations {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      id\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation UpdateMyProfile($input: ProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n      organisationName\n      notificationFrequency\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      user {\n        role\n        mustChangePassword\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query ActivityPage($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      description\n      deliveryMode\n      free\n      costDescription\n      minimumAge\n      maximumAge\n      languages\n      selfReferral\n      howToJoin\n      contactEmail\n      contactPhone\n      termTimeOnly\n      status\n      pausedReason\n      resumesOn\n      lastVerifiedAt\n      needs {\n        code\n        label\n      }\n      category {\n        label\n      }\n      accessibility {\n        code\n        label\n      }\n      schedule {\n        day\n        startTime\n        endTime\n        recurrence\n        firstDate\n        weekOfMonth\n      }\n      capacity {\n        placesPerSession\n        spacesAvailable\n        waitingList\n        state\n      }\n      groupResponse {\n        referrals\n        medianHoursToAnswer\n        acceptanceRate\n      }\n      venue {\n        name\n        addressLine1\n        town\n        postcode\n        transportNotes\n        locationNote\n      }\n      coverageOutcodes\n      coverageDistrictNames\n      organisation {\n        id\n        name\n        website\n        email\n        phone\n        assuranceStatus\n        assuredUntil\n      }\n    }\n  }\n": typeof types.ActivityPageDocument,
    "\n  query EditUser($id: ID!, $skip: Boolean!) {\n    user(id: $id) @skip(if: $skip) {\n      id\n      email\n      role\n      disabled\n      mustChangePassword\n      createdAt\n      organisations {\n        id\n      }\n    }\n    organisations {\n      id\n      name\n    }\n  }\n": typeof types.EditUserDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation DisableUser($id: ID!) {\n    disableUser(id: $id) {\n      id\n      disabled\n    }\n  }\n": typeof types.DisableUserDocument,
    "\n  mutation EnableUser($id: ID!) {\n    enableUser(id: $id) {\n      id\n      disabled\n    }\n  }\n": typeof types.EnableUserDocument,
    "\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      password\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  query UserList($filter: UserFilterInput) {\n    users(filter: $filter) {\n      total\n      users {\n        id\n        email\n        role\n        disabled\n        mustChangePassword\n        createdAt\n        organisations {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.UserListDocument,
    "\n  query AuditTrail($organisationId: ID, $from: DateTime, $to: DateTime, $action: String) {\n    verifyAuditChain {\n      valid\n      events\n      firstBrokenEventId\n    }\n    auditActions\n    organisations {\n      id\n      name\n    }\n    assuranceAudit(organisationId: $organisationId, from: $from, to: $to, action: $action) {\n      ...AuditRow\n    }\n  }\n": typeof types.AuditTrailDocument,
    "\n  fragment AuditRow on AuditEvent {\n    id\n    at\n    action\n    entityType\n    details\n    actor {\n      id\n      email\n    }\n  }\n": typeof types.AuditRowFragmentDoc,
    "\n  fragment DemandRows on DemandReport {\n    rows {\n      key\n      label\n      searches\n      zeroResultSearches\n      assuredActivities\n    }\n  }\n": typeof types.DemandRowsFragmentDoc,
    "\n  query DemandDashboard($range: ReportRange!) {\n    byNeed: demandReport(range: $range, groupBy: NEED) {\n      ...DemandRows\n    }\n    byArea: demandReport(range: $range, groupBy: OUTCODE) {\n      ...DemandRows\n    }\n    sustainabilityRisks(minimum: MEDIUM) {\n      risk\n      reasons\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DemandDashboardDocument,
    "\n  fragment EquityRows on EquityReport {\n    populationSource\n    rows {\n      key\n      label\n      people\n      connections\n      attended\n      connectionShare\n      populationShare\n      suppressed\n    }\n  }\n": typeof types.EquityRowsFragmentDoc,
    "\n  query EquityDashboard($range: ReportRange!) {\n    byDecile: equityReport(range: $range, band: DEPRIVATION_DECILE) {\n      from\n      to\n      ...EquityRows\n    }\n    byAge: equityReport(range: $range, band: AGE_BAND) {\n      ...EquityRows\n    }\n    bySex: equityReport(range: $range, band: SEX) {\n      ...EquityRows\n    }\n    byEthnicGroup: equityReport(range: $range, band: ETHNIC_GROUP) {\n      ...EquityRows\n    }\n    deprivedAreaDemand(range: $range) {\n      mostDeprivedDeciles\n      fewerThan\n      outcodesWithDecile\n      needs {\n        key\n        label\n        searches\n        noResults\n        fewResults\n        shortShare\n        shortShareElsewhere\n      }\n      areas {\n        outcode\n        decile\n        searches\n        noResults\n        fewResults\n      }\n    }\n  }\n": typeof types.EquityDashboardDocument,
    "\n  query FreshnessDashboard {\n    freshnessReport {\n      staleAfterDays\n      overall {\n        listings\n        fresh\n        due\n        stale\n        confirmedShare\n      }\n      organisations {\n        key\n        label\n        listings\n        fresh\n        due\n        stale\n        confirmedShare\n      }\n    }\n  }\n": typeof types.FreshnessDashboardDocument,
    "\n  query AssuredProviderRegister($asOf: Date) {\n    assuredProviderRegister(asOf: $asOf) {\n      status\n      tier\n      validUntil\n      assessedAt\n      assessedBy {\n        id\n        email\n      }\n      organisation {\n        id\n        name\n        charityNumber\n      }\n    }\n  }\n": typeof types.AssuredProviderRegisterDocument,
    "\n  fragment UsageRows on UsageReport {\n    from\n    to\n    rows {\n      key\n      label\n      connections\n      attended\n      didNotAttend\n      declined\n      attendances\n      suppressed\n    }\n  }\n": typeof types.UsageRowsFragmentDoc,
    "\n  query UsageDashboard($range: ReportRange!) {\n    byMonth: usageReport(range: $range, groupBy: MONTH) {\n      ...UsageRows\n    }\n    byNeed: usageReport(range: $range, groupBy: NEED) {\n      ...UsageRows\n    }\n    byArea: usageReport(range: $range, groupBy: OUTCODE) {\n      ...UsageRows\n    }\n  }\n": typeof types.UsageDashboardDocument,
    "\n  fragment WellbeingRows on WellbeingReport {\n    from\n    to\n    rows {\n      key\n      label\n      people\n      suppressed\n      items {\n        item\n        meanFirst\n        meanFollowUp\n        meanChange\n        improvedShare\n      }\n    }\n  }\n": typeof types.WellbeingRowsFragmentDoc,
    "\n  query WellbeingDashboard($range: ReportRange!) {\n    overall: wellbeingReport(range: $range, groupBy: ALL) {\n      ...WellbeingRows\n    }\n    byDecile: wellbeingReport(range: $range, groupBy: DEPRIVATION_DECILE) {\n      ...WellbeingRows\n    }\n    byAge: wellbeingReport(range: $range, groupBy: AGE_BAND) {\n      ...WellbeingRows\n    }\n    bySex: wellbeingReport(range: $range, groupBy: SEX) {\n      ...WellbeingRows\n    }\n    byEthnicGroup: wellbeingReport(range: $range, groupBy: ETHNIC_GROUP) {\n      ...WellbeingRows\n    }\n    byNeed: wellbeingReport(range: $range, groupBy: NEED) {\n      ...WellbeingRows\n    }\n  }\n": typeof types.WellbeingDashboardDocument,
    "\n  query ConcernAbout($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ConcernAboutDocument,
    "\n  mutation RaiseConcern($input: RaiseConcernInput!) {\n    raiseConcern(input: $input) {\n      id\n      precautionarySuspension\n    }\n  }\n": typeof types.RaiseConcernDocument,
    "\n  query Connection($id: ID!) {\n    connection(id: $id) {\n      id\n      createdAt\n      outcome\n      declineReason\n      withdrawReason\n      waitingList\n      answerBy\n      flag\n      hasContact\n      contactErasedAt\n      needs {\n        code\n        label\n      }\n      activity {\n        id\n        title\n        organisation {\n          id\n          name\n        }\n      }\n      referrer {\n        name\n        organisationName\n        email\n      }\n      history {\n        outcome\n        at\n        by\n      }\n    }\n  }\n": typeof types.ConnectionDocument,
    "\n  query ConnectionContact($id: ID!) {\n    connectionContact(id: $id) {\n      name\n      phone\n      email\n      eraseAfter\n      reads {\n        reader\n        at\n      }\n    }\n  }\n": typeof types.ConnectionContactDocument,
    "\n  mutation EraseConnectionContact($id: ID!) {\n    eraseConnectionContact(id: $id) {\n      id\n      hasContact\n      contactErasedAt\n    }\n  }\n": typeof types.EraseConnectionContactDocument,
    "\n  mutation WithdrawConnection($id: ID!, $reason: WithdrawReason!) {\n    withdrawConnection(id: $id, reason: $reason) {\n      id\n      outcome\n      withdrawReason\n    }\n  }\n": typeof types.WithdrawConnectionDocument,
    "\n  query MyConnections($outcome: ConnectionOutcome, $personReference: String, $first: Int, $after: String, $before: String) {\n    myConnections(outcome: $outcome, personReference: $personReference, first: $first, after: $after, before: $before) {\n      id\n      cursor\n      outcome\n      flag\n      hasContact\n      createdAt\n      answeredAt\n      needs {\n        code\n        label\n      }\n      activity {\n        id\n        title\n        organisation {\n          name\n        }\n      }\n    }\n  }\n": typeof types.MyConnectionsDocument,
    "\n  mutation UpdateConnectionOutcome($id: ID!, $outcome: ConnectionOutcome!) {\n    updateConnectionOutcome(id: $id, outcome: $outcome) {\n      id\n      outcome\n    }\n  }\n": typeof types.UpdateConnectionOutcomeDocument,
    "\n  query ConnectTo($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      status\n      needs {\n        code\n      }\n      capacity {\n        state\n      }\n      organisation {\n        name\n      }\n    }\n  }\n": typeof types.ConnectToDocument,
    "\n  mutation RecordConnection($input: RecordConnectionInput!) {\n    recordConnection(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordConnectionDocument,
    "\n  query ConcernDetail($id: ID!) {\n    concern(id: $id) {\n      id\n      category\n      description\n      status\n      raisedAt\n      resolvedAt\n      resolutionNote\n      precautionarySuspension\n      organisation {\n        id\n        name\n        assuranceStatus\n      }\n      activity {\n        id\n        title\n      }\n    }\n  }\n": typeof types.ConcernDetailDocument,
    "\n  query ConcernHistory($organisationId: ID!, $from: DateTime!) {\n    assuranceAudit(organisationId: $organisationId, from: $from) {\n      ...AuditRow\n    }\n  }\n": typeof types.ConcernHistoryDocument,
    "\n  mutation SuspendOrganisation($organisationId: ID!, $reason: String!) {\n    suspendOrganisation(organisationId: $organisationId, reason: $reason) {\n      id\n      assuranceStatus\n    }\n  }\n": typeof types.SuspendOrganisationDocument,
    "\n  mutation LiftSuspension($organisationId: ID!, $note: String!) {\n    liftSuspension(organisationId: $organisationId, note: $note) {\n      id\n      assuranceStatus\n    }\n  }\n": typeof types.LiftSuspensionDocument,
    "\n  mutation ResolveConcern($concernId: ID!, $note: String!, $reinstate: Boolean!) {\n    resolveConcern(concernId: $concernId, note: $note, reinstate: $reinstate) {\n      id\n      status\n    }\n  }\n": typeof types.ResolveConcernDocument,
    "\n  query ConcernList($status: ConcernStatus) {\n    concerns(status: $status) {\n      id\n      category\n      status\n      raisedAt\n      resolvedAt\n      precautionarySuspension\n      organisation {\n        id\n        name\n      }\n      activity {\n        id\n        title\n      }\n    }\n  }\n": typeof types.ConcernListDocument,
    "\n  query ReviewAssessment($id: ID!) {\n    assessment(id: $id) {\n      id\n      tier\n      status\n      submittedAt\n      returnedAt\n      returnNote\n      timesReturned\n      organisation {\n        id\n        name\n        assuranceStatus\n      }\n      template {\n        items {\n          key\n          title\n          guidance\n          evidenceKind\n          requiredForTiers\n        }\n      }\n      evidence {\n        itemKey\n        status\n        reference\n        documentId\n        declared\n        issuedOn\n        expiresOn\n        validUntil\n        reviewerNote\n      }\n    }\n  }\n": typeof types.ReviewAssessmentDocument,
    "\n  mutation ReviewEvidenceItem($assessmentId: ID!, $itemKey: String!, $accept: Boolean!, $note: String) {\n    reviewEvidence(assessmentId: $assessmentId, itemKey: $itemKey, accept: $accept, note: $note) {\n      id\n    }\n  }\n": typeof types.ReviewEvidenceItemDocument,
    "\n  mutation DecideAssessment($assessmentId: ID!, $decision: AssessmentDecision!, $note: String) {\n    decideAssessment(assessmentId: $assessmentId, decision: $decision, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.DecideAssessmentDocument,
    "\n  query ReviewQueue($withinDays: Int!) {\n    assessmentQueue {\n      id\n      tier\n      submittedAt\n      timesReturned\n      organisation {\n        id\n        name\n      }\n    }\n    expiringEvidence(withinDays: $withinDays) {\n      assessmentId\n      itemKey\n      title\n      validUntil\n      organisation {\n        id\n        name\n      }\n    }\n    concerns(status: OPEN) {\n      id\n      category\n      raisedAt\n      precautionarySuspension\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  fragment ActivityCard on Activity {\n    id\n    title\n    deliveryMode\n    free\n    costDescription\n    lastVerifiedAt\n    freshness\n    termTimeOnly\n    schedule {\n      day\n      startTime\n      endTime\n      recurrence\n      firstDate\n      weekOfMonth\n    }\n    capacity {\n      state\n    }\n    organisation {\n      id\n      name\n      assuranceStatus\n    }\n    venue {\n      name\n      town\n      latitude\n      longitude\n    }\n  }\n": typeof types.ActivityCardFragmentDoc,
    "\n  query SiteSettings {\n    siteSettings {\n      mapTileUrl\n      mapAttribution\n    }\n  }\n": typeof types.SiteSettingsDocument,
    "\n  query Taxonomies {\n    needs: taxonomy(kind: NEED) {\n      code\n      label\n    }\n    accessibility: taxonomy(kind: ACCESSIBILITY) {\n      code\n      label\n    }\n  }\n": typeof types.TaxonomiesDocument,
    "\n  query SearchActivities($input: ActivitySearchInput!) {\n    searchActivities(input: $input) {\n      total\n      page\n      pageSize\n      facets {\n        field\n        values {\n          value\n          count\n        }\n      }\n      near {\n        outcode\n        precision\n      }\n      hits {\n        distanceKm\n        distanceApproximate\n        coversArea\n        activity {\n          ...ActivityCard\n        }\n      }\n    }\n  }\n": typeof types.SearchActivitiesDocument,
    "\n  mutation RecordWellbeing($input: RecordWellbeingInput!) {\n    recordWellbeing(input: $input) {\n      id\n      occasion\n    }\n  }\n": typeof types.RecordWellbeingDocument,
    "\n  query WellbeingFollowUpsDue {\n    wellbeingFollowUpsDue {\n      firstContactId\n      firstContactOn\n      dueOn\n      connectedTo\n    }\n  }\n": typeof types.WellbeingFollowUpsDueDocument,
    "\n  query OrganisationAssurance($organisationId: ID!) {\n    organisationAssessments(organisationId: $organisationId) {\n      id\n      tier\n      status\n      submittedAt\n      decidedAt\n      validUntil\n      decisionNote\n      returnedAt\n      returnNote\n      template {\n        version\n        items {\n          key\n          title\n          guidance\n          evidenceKind\n          requiredForTiers\n          validityMonths\n        }\n      }\n      evidence {\n        itemKey\n        status\n        reference\n        documentId\n        declared\n        issuedOn\n        expiresOn\n        validUntil\n        reviewerNote\n      }\n    }\n  }\n": typeof types.OrganisationAssuranceDocument,
    "\n  mutation StartAssessment($organisationId: ID!, $tier: AssuranceTier!) {\n    startAssessment(organisationId: $organisationId, tier: $tier) {\n      id\n    }\n  }\n": typeof types.StartAssessmentDocument,
    "\n  mutation ProvideEvidence($assessmentId: ID!, $input: EvidenceInput!) {\n    provideEvidence(assessmentId: $assessmentId, input: $input) {\n      id\n    }\n  }\n": typeof types.ProvideEvidenceDocument,
    "\n  mutation SubmitAssessment($assessmentId: ID!) {\n    submitAssessment(assessmentId: $assessmentId) {\n      id\n    }\n  }\n": typeof types.SubmitAssessmentDocument,
    "\n  query AttendanceReturnActivities($id: ID!) {\n    organisation(id: $id) {\n      id\n      activities {\n        id\n        title\n        status\n      }\n    }\n  }\n": typeof types.AttendanceReturnActivitiesDocument,
    "\n  mutation SubmitAttendanceReturn($input: AttendanceReturnInput!) {\n    submitAttendanceReturn(input: $input) {\n      id\n    }\n  }\n": typeof types.SubmitAttendanceReturnDocument,
    "\n  query GroupWellbeing($organisationId: ID!) {\n    organisationWellbeing(organisationId: $organisationId) {\n      from\n      to\n      rows {\n        people\n        suppressed\n        items {\n          item\n          meanFirst\n          meanFollowUp\n          meanChange\n          improvedShare\n        }\n      }\n    }\n  }\n": typeof types.GroupWellbeingDocument,
    "\n  query ListingFormData($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      venues {\n        id\n        name\n        town\n      }\n    }\n    needs: taxonomy(kind: NEED) {\n      code\n      label\n    }\n    accessibility: taxonomy(kind: ACCESSIBILITY) {\n      code\n      label\n    }\n    categories: taxonomy(kind: CATEGORY) {\n      code\n      label\n    }\n    postcodeDirectory {\n      districts {\n        code\n        name\n      }\n    }\n  }\n": typeof types.ListingFormDataDocument,
    "\n  query ActivityForEdit($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      description\n      deliveryMode\n      free\n      costDescription\n      minimumAge\n      maximumAge\n      languages\n      coverageOutcodes\n      coverageDistricts\n      selfReferral\n      howToJoin\n      contactEmail\n      contactPhone\n      termTimeOnly\n      showFrom\n      showUntil\n      needs {\n        code\n      }\n      category {\n        code\n      }\n      accessibility {\n        code\n      }\n      schedule {\n        day\n        startTime\n        endTime\n        recurrence\n        firstDate\n        weekOfMonth\n      }\n      capacity {\n        placesPerSession\n        spacesAvailable\n        waitingList\n      }\n      venue {\n        id\n        accessibility {\n          code\n        }\n      }\n      organisation {\n        id\n      }\n    }\n  }\n": typeof types.ActivityForEditDocument,
    "\n  mutation CreateListing($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateListingDocument,
    "\n  mutation UpdateListing($id: ID!, $input: UpdateActivityInput!) {\n    updateActivity(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateListingDocument,
    "\n  query ManagedListing($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      status\n      pausedReason\n      resumesOn\n      organisation {\n        id\n      }\n      ...ActivityCard\n    }\n  }\n": typeof types.ManagedListingDocument,
    "\n  mutation ResumeListing($id: ID!) {\n    resumeActivity(id: $id) {\n      id\n    }\n  }\n": typeof types.ResumeListingDocument,
    "\n  mutation CloseListing($id: ID!) {\n    closeActivity(id: $id) {\n      id\n    }\n  }\n": typeof types.CloseListingDocument,
    "\n  mutation DuplicateListing($id: ID!) {\n    duplicateActivity(id: $id) {\n      id\n    }\n  }\n": typeof types.DuplicateListingDocument,
    "\n  query OrganisationListings($id: ID!) {\n    organisation(id: $id) {\n      id\n      activities {\n        id\n        title\n        status\n        resumesOn\n        lastVerifiedAt\n        freshness\n        confirmBy\n        capacity {\n          state\n        }\n      }\n    }\n  }\n": typeof types.OrganisationListingsDocument,
    "\n  mutation SetAvailability($id: ID!, $state: CapacityState!) {\n    setActivityAvailability(id: $id, state: $state) {\n      id\n      capacity {\n        state\n      }\n    }\n  }\n": typeof types.SetAvailabilityDocument,
    "\n  mutation ConfirmListing($id: ID!) {\n    confirmActivityUpToDate(id: $id) {\n      id\n      lastVerifiedAt\n    }\n  }\n": typeof types.ConfirmListingDocument,
    "\n  mutation ConfirmAllListings($organisationId: ID!) {\n    confirmOrganisationListingsUpToDate(organisationId: $organisationId)\n  }\n": typeof types.ConfirmAllListingsDocument,
    "\n  query MyOrganisations {\n    me {\n      id\n      organisations {\n        id\n        name\n        assuranceStatus\n        assuredUntil\n        workspace {\n          waitingReferrals\n          activeListings\n          pausedListings\n          listingsToConfirm\n          evidenceExpiringSoon\n          nextSteps\n        }\n      }\n    }\n  }\n": typeof types.MyOrganisationsDocument,
    "\n  mutation PauseListing($id: ID!, $input: PauseActivityInput!) {\n    pauseActivity(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.PauseListingDocument,
    "\n  query ReferralsInbox($organisationId: ID!, $activityId: ID, $outcome: ConnectionOutcome, $first: Int, $after: String, $before: String) {\n    organisationConnections(organisationId: $organisationId, activityId: $activityId, outcome: $outcome, first: $first, after: $after, before: $before) {\n      id\n      cursor\n      createdAt\n      outcome\n      outcomeAt\n      declineReason\n      hasContact\n      answerBy\n      referrer {\n        name\n        organisationName\n        email\n      }\n      needs {\n        code\n        label\n      }\n      activity {\n        id\n        title\n      }\n    }\n    organisation(id: $organisationId) {\n      id\n      activities {\n        id\n        title\n      }\n    }\n  }\n": typeof types.ReferralsInboxDocument,
    "\n  mutation AnswerReferral($id: ID!, $outcome: ConnectionOutcome!, $declineReason: DeclineReason) {\n    updateConnectionOutcome(id: $id, outcome: $outcome, declineReason: $declineReason) {\n      id\n      outcome\n    }\n  }\n": typeof types.AnswerReferralDocument,
    "\n  query OrganisationReturns($organisationId: ID!) {\n    sustainability(organisationId: $organisationId) {\n      risk\n      reasons\n    }\n    attendanceReturns(organisationId: $organisationId) {\n      id\n      month\n      sessionsRun\n      attendances\n      newParticipants\n      confirmedUnusual\n      activity {\n        id\n        title\n      }\n    }\n    sustainabilityReturns(organisationId: $organisationId) {\n      id\n      period\n      volunteers\n      paidStaffFte\n      monthlyCostsPence\n      reservesMonths\n      submittedAt\n      fundingSources {\n        source\n        kind\n        annualAmountPence\n        endsOn\n      }\n    }\n  }\n": typeof types.OrganisationReturnsDocument,
    "\n  mutation SubmitSustainabilityReturn($input: SustainabilityReturnInput!) {\n    submitSustainabilityReturn(input: $input) {\n      id\n    }\n  }\n": typeof types.SubmitSustainabilityReturnDocument,
    "\n  query VenueFormData($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      venues(includeArchived: true) {\n        id\n        name\n        addressLine1\n        town\n        postcode\n        latitude\n        longitude\n        precision\n        transportNotes\n        archived\n        accessibility {\n          code\n        }\n      }\n    }\n    accessibility: taxonomy(kind: ACCESSIBILITY) {\n      code\n      label\n    }\n  }\n": typeof types.VenueFormDataDocument,
    "\n  mutation CreateVenue($input: CreateVenueInput!) {\n    createVenue(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateVenueDocument,
    "\n  mutation UpdateVenue($id: ID!, $input: UpdateVenueInput!) {\n    updateVenue(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateVenueDocument,
    "\n  mutation ArchiveVenue($id: ID!) {\n    archiveVenue(id: $id) {\n      id\n    }\n  }\n": typeof types.ArchiveVenueDocument,
    "\n  query OrganisationVenues($id: ID!) {\n    organisation(id: $id) {\n      id\n      venues(includeArchived: true) {\n        id\n        name\n        addressLine1\n        town\n        postcode\n        precision\n        locationNote\n        archived\n        accessibility {\n          code\n          label\n        }\n      }\n    }\n  }\n": typeof types.OrganisationVenuesDocument,
    "\n  query WorkspaceHeader($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      assuranceStatus\n      email\n      phone\n      workspace {\n        waitingReferrals\n      }\n    }\n  }\n": typeof types.WorkspaceHeaderDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      email\n      role\n      name\n      organisationName\n      notificationFrequency\n      mustChangePassword\n      organisations {\n        id\n        name\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      id\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation UpdateMyProfile($input: ProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n      organisationName\n      notificationFrequency\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      user {\n        role\n        mustChangePassword\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  query ActivityPage($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      description\n      deliveryMode\n      free\n      costDescription\n      minimumAge\n      maximumAge\n      languages\n      selfReferral\n      howToJoin\n      contactEmail\n      contactPhone\n      termTimeOnly\n      status\n      pausedReason\n      resumesOn\n      lastVerifiedAt\n      needs {\n        code\n        label\n      }\n      category {\n        label\n      }\n      accessibility {\n        code\n        label\n      }\n      schedule {\n        day\n        startTime\n        endTime\n        recurrence\n        firstDate\n        weekOfMonth\n      }\n      capacity {\n        placesPerSession\n        spacesAvailable\n        waitingList\n        state\n      }\n      groupResponse {\n        referrals\n        medianHoursToAnswer\n        acceptanceRate\n      }\n      venue {\n        name\n        addressLine1\n        town\n        postcode\n        transportNotes\n        locationNote\n      }\n      coverageOutcodes\n      coverageDistrictNames\n      organisation {\n        id\n        name\n        website\n        email\n        phone\n        assuranceStatus\n        assuredUntil\n      }\n    }\n  }\n": types.ActivityPageDocument,
    "\n  query EditUser($id: ID!, $skip: Boolean!) {\n    user(id: $id) @skip(if: $skip) {\n      id\n      email\n      role\n      disabled\n      mustChangePassword\n      createdAt\n      organisations {\n        id\n      }\n    }\n    organisations {\n      id\n      name\n    }\n  }\n": types.EditUserDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation DisableUser($id: ID!) {\n    disableUser(id: $id) {\n      id\n      disabled\n    }\n  }\n": types.DisableUserDocument,
    "\n  mutation EnableUser($id: ID!) {\n    enableUser(id: $id) {\n      id\n      disabled\n    }\n  }\n": types.EnableUserDocument,
    "\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      password\n    }\n  }\n": types.ResetUserPasswordDocument,
    "\n  query UserList($filter: UserFilterInput) {\n    users(filter: $filter) {\n      total\n      users {\n        id\n        email\n        role\n        disabled\n        mustChangePassword\n        createdAt\n        organisations {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.UserListDocument,
    "\n  query AuditTrail($organisationId: ID, $from: DateTime, $to: DateTime, $action: String) {\n    verifyAuditChain {\n      valid\n      events\n      firstBrokenEventId\n    }\n    auditActions\n    organisations {\n      id\n      name\n    }\n    assuranceAudit(organisationId: $organisationId, from: $from, to: $to, action: $action) {\n      ...AuditRow\n    }\n  }\n": types.AuditTrailDocument,
    "\n  fragment AuditRow on AuditEvent {\n    id\n    at\n    action\n    entityType\n    details\n    actor {\n      id\n      email\n    }\n  }\n": types.AuditRowFragmentDoc,
    "\n  fragment DemandRows on DemandReport {\n    rows {\n      key\n      label\n      searches\n      zeroResultSearches\n      assuredActivities\n    }\n  }\n": types.DemandRowsFragmentDoc,
    "\n  query DemandDashboard($range: ReportRange!) {\n    byNeed: demandReport(range: $range, groupBy: NEED) {\n      ...DemandRows\n    }\n    byArea: demandReport(range: $range, groupBy: OUTCODE) {\n      ...DemandRows\n    }\n    sustainabilityRisks(minimum: MEDIUM) {\n      risk\n      reasons\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.DemandDashboardDocument,
    "\n  fragment EquityRows on EquityReport {\n    populationSource\n    rows {\n      key\n      label\n      people\n      connections\n      attended\n      connectionShare\n      populationShare\n      suppressed\n    }\n  }\n": types.EquityRowsFragmentDoc,
    "\n  query EquityDashboard($range: ReportRange!) {\n    byDecile: equityReport(range: $range, band: DEPRIVATION_DECILE) {\n      from\n      to\n      ...EquityRows\n    }\n    byAge: equityReport(range: $range, band: AGE_BAND) {\n      ...EquityRows\n    }\n    bySex: equityReport(range: $range, band: SEX) {\n      ...EquityRows\n    }\n    byEthnicGroup: equityReport(range: $range, band: ETHNIC_GROUP) {\n      ...EquityRows\n    }\n    deprivedAreaDemand(range: $range) {\n      mostDeprivedDeciles\n      fewerThan\n      outcodesWithDecile\n      needs {\n        key\n        label\n        searches\n        noResults\n        fewResults\n        shortShare\n        shortShareElsewhere\n      }\n      areas {\n        outcode\n        decile\n        searches\n        noResults\n        fewResults\n      }\n    }\n  }\n": types.EquityDashboardDocument,
    "\n  query FreshnessDashboard {\n    freshnessReport {\n      staleAfterDays\n      overall {\n        listings\n        fresh\n        due\n        stale\n        confirmedShare\n      }\n      organisations {\n        key\n        label\n        listings\n        fresh\n        due\n        stale\n        confirmedShare\n      }\n    }\n  }\n": types.FreshnessDashboardDocument,
    "\n  query AssuredProviderRegister($asOf: Date) {\n    assuredProviderRegister(asOf: $asOf) {\n      status\n      tier\n      validUntil\n      assessedAt\n      assessedBy {\n        id\n        email\n      }\n      organisation {\n        id\n        name\n        charityNumber\n      }\n    }\n  }\n": types.AssuredProviderRegisterDocument,
    "\n  fragment UsageRows on UsageReport {\n    from\n    to\n    rows {\n      key\n      label\n      connections\n      attended\n      didNotAttend\n      declined\n      attendances\n      suppressed\n    }\n  }\n": types.UsageRowsFragmentDoc,
    "\n  query UsageDashboard($range: ReportRange!) {\n    byMonth: usageReport(range: $range, groupBy: MONTH) {\n      ...UsageRows\n    }\n    byNeed: usageReport(range: $range, groupBy: NEED) {\n      ...UsageRows\n    }\n    byArea: usageReport(range: $range, groupBy: OUTCODE) {\n      ...UsageRows\n    }\n  }\n": types.UsageDashboardDocument,
    "\n  fragment WellbeingRows on WellbeingReport {\n    from\n    to\n    rows {\n      key\n      label\n      people\n      suppressed\n      items {\n        item\n        meanFirst\n        meanFollowUp\n        meanChange\n        improvedShare\n      }\n    }\n  }\n": types.WellbeingRowsFragmentDoc,
    "\n  query WellbeingDashboard($range: ReportRange!) {\n    overall: wellbeingReport(range: $range, groupBy: ALL) {\n      ...WellbeingRows\n    }\n    byDecile: wellbeingReport(range: $range, groupBy: DEPRIVATION_DECILE) {\n      ...WellbeingRows\n    }\n    byAge: wellbeingReport(range: $range, groupBy: AGE_BAND) {\n      ...WellbeingRows\n    }\n    bySex: wellbeingReport(range: $range, groupBy: SEX) {\n      ...WellbeingRows\n    }\n    byEthnicGroup: wellbeingReport(range: $range, groupBy: ETHNIC_GROUP) {\n      ...WellbeingRows\n    }\n    byNeed: wellbeingReport(range: $range, groupBy: NEED) {\n      ...WellbeingRows\n    }\n  }\n": types.WellbeingDashboardDocument,
    "\n  query ConcernAbout($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.ConcernAboutDocument,
    "\n  mutation RaiseConcern($input: RaiseConcernInput!) {\n    raiseConcern(input: $input) {\n      id\n      precautionarySuspension\n    }\n  }\n": types.RaiseConcernDocument,
    "\n  query Connection($id: ID!) {\n    connection(id: $id) {\n      id\n      createdAt\n      outcome\n      declineReason\n      withdrawReason\n      waitingList\n      answerBy\n      flag\n      hasContact\n      contactErasedAt\n      needs {\n        code\n        label\n      }\n      activity {\n        id\n        title\n        organisation {\n          id\n          name\n        }\n      }\n      referrer {\n        name\n        organisationName\n        email\n      }\n      history {\n        outcome\n        at\n        by\n      }\n    }\n  }\n": types.ConnectionDocument,
    "\n  query ConnectionContact($id: ID!) {\n    connectionContact(id: $id) {\n      name\n      phone\n      email\n      eraseAfter\n      reads {\n        reader\n        at\n      }\n    }\n  }\n": types.ConnectionContactDocument,
    "\n  mutation EraseConnectionContact($id: ID!) {\n    eraseConnectionContact(id: $id) {\n      id\n      hasContact\n      contactErasedAt\n    }\n  }\n": types.EraseConnectionContactDocument,
    "\n  mutation WithdrawConnection($id: ID!, $reason: WithdrawReason!) {\n    withdrawConnection(id: $id, reason: $reason) {\n      id\n      outcome\n      withdrawReason\n    }\n  }\n": types.WithdrawConnectionDocument,
    "\n  query MyConnections($outcome: ConnectionOutcome, $personReference: String, $first: Int, $after: String, $before: String) {\n    myConnections(outcome: $outcome, personReference: $personReference, first: $first, after: $after, before: $before) {\n      id\n      cursor\n      outcome\n      flag\n      hasContact\n      createdAt\n      answeredAt\n      needs {\n        code\n        label\n      }\n      activity {\n        id\n        title\n        organisation {\n          name\n        }\n      }\n    }\n  }\n": types.MyConnectionsDocument,
    "\n  mutation UpdateConnectionOutcome($id: ID!, $outcome: ConnectionOutcome!) {\n    updateConnectionOutcome(id: $id, outcome: $outcome) {\n      id\n      outcome\n    }\n  }\n": types.UpdateConnectionOutcomeDocument,
    "\n  query ConnectTo($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      status\n      needs {\n        code\n      }\n      capacity {\n        state\n      }\n      organisation {\n        name\n      }\n    }\n  }\n": types.ConnectToDocument,
    "\n  mutation RecordConnection($input: RecordConnectionInput!) {\n    recordConnection(input: $input) {\n      id\n    }\n  }\n": types.RecordConnectionDocument,
    "\n  query ConcernDetail($id: ID!) {\n    concern(id: $id) {\n      id\n      category\n      description\n      status\n      raisedAt\n      resolvedAt\n      resolutionNote\n      precautionarySuspension\n      organisation {\n        id\n        name\n        assuranceStatus\n      }\n      activity {\n        id\n        title\n      }\n    }\n  }\n": types.ConcernDetailDocument,
    "\n  query ConcernHistory($organisationId: ID!, $from: DateTime!) {\n    assuranceAudit(organisationId: $organisationId, from: $from) {\n      ...AuditRow\n    }\n  }\n": types.ConcernHistoryDocument,
    "\n  mutation SuspendOrganisation($organisationId: ID!, $reason: String!) {\n    suspendOrganisation(organisationId: $organisationId, reason: $reason) {\n      id\n      assuranceStatus\n    }\n  }\n": types.SuspendOrganisationDocument,
    "\n  mutation LiftSuspension($organisationId: ID!, $note: String!) {\n    liftSuspension(organisationId: $organisationId, note: $note) {\n      id\n      assuranceStatus\n    }\n  }\n": types.LiftSuspensionDocument,
    "\n  mutation ResolveConcern($concernId: ID!, $note: String!, $reinstate: Boolean!) {\n    resolveConcern(concernId: $concernId, note: $note, reinstate: $reinstate) {\n      id\n      status\n    }\n  }\n": types.ResolveConcernDocument,
    "\n  query ConcernList($status: ConcernStatus) {\n    concerns(status: $status) {\n      id\n      category\n      status\n      raisedAt\n      resolvedAt\n      precautionarySuspension\n      organisation {\n        id\n        name\n      }\n      activity {\n        id\n        title\n      }\n    }\n  }\n": types.ConcernListDocument,
    "\n  query ReviewAssessment($id: ID!) {\n    assessment(id: $id) {\n      id\n      tier\n      status\n      submittedAt\n      returnedAt\n      returnNote\n      timesReturned\n      organisation {\n        id\n        name\n        assuranceStatus\n      }\n      template {\n        items {\n          key\n          title\n          guidance\n          evidenceKind\n          requiredForTiers\n        }\n      }\n      evidence {\n        itemKey\n        status\n        reference\n        documentId\n        declared\n        issuedOn\n        expiresOn\n        validUntil\n        reviewerNote\n      }\n    }\n  }\n": types.ReviewAssessmentDocument,
    "\n  mutation ReviewEvidenceItem($assessmentId: ID!, $itemKey: String!, $accept: Boolean!, $note: String) {\n    reviewEvidence(assessmentId: $assessmentId, itemKey: $itemKey, accept: $accept, note: $note) {\n      id\n    }\n  }\n": types.ReviewEvidenceItemDocument,
    "\n  mutation DecideAssessment($assessmentId: ID!, $decision: AssessmentDecision!, $note: String) {\n    decideAssessment(assessmentId: $assessmentId, decision: $decision, note: $note) {\n      id\n      status\n    }\n  }\n": types.DecideAssessmentDocument,
    "\n  query ReviewQueue($withinDays: Int!) {\n    assessmentQueue {\n      id\n      tier\n      submittedAt\n      timesReturned\n      organisation {\n        id\n        name\n      }\n    }\n    expiringEvidence(withinDays: $withinDays) {\n      assessmentId\n      itemKey\n      title\n      validUntil\n      organisation {\n        id\n        name\n      }\n    }\n    concerns(status: OPEN) {\n      id\n      category\n      raisedAt\n      precautionarySuspension\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  fragment ActivityCard on Activity {\n    id\n    title\n    deliveryMode\n    free\n    costDescription\n    lastVerifiedAt\n    freshness\n    termTimeOnly\n    schedule {\n      day\n      startTime\n      endTime\n      recurrence\n      firstDate\n      weekOfMonth\n    }\n    capacity {\n      state\n    }\n    organisation {\n      id\n      name\n      assuranceStatus\n    }\n    venue {\n      name\n      town\n      latitude\n      longitude\n    }\n  }\n": types.ActivityCardFragmentDoc,
    "\n  query SiteSettings {\n    siteSettings {\n      mapTileUrl\n      mapAttribution\n    }\n  }\n": types.SiteSettingsDocument,
    "\n  query Taxonomies {\n    needs: taxonomy(kind: NEED) {\n      code\n      label\n    }\n    accessibility: taxonomy(kind: ACCESSIBILITY) {\n      code\n      label\n    }\n  }\n": types.TaxonomiesDocument,
    "\n  query SearchActivities($input: ActivitySearchInput!) {\n    searchActivities(input: $input) {\n      total\n      page\n      pageSize\n      facets {\n        field\n        values {\n          value\n          count\n        }\n      }\n      near {\n        outcode\n        precision\n      }\n      hits {\n        distanceKm\n        distanceApproximate\n        coversArea\n        activity {\n          ...ActivityCard\n        }\n      }\n    }\n  }\n": types.SearchActivitiesDocument,
    "\n  mutation RecordWellbeing($input: RecordWellbeingInput!) {\n    recordWellbeing(input: $input) {\n      id\n      occasion\n    }\n  }\n": types.RecordWellbeingDocument,
    "\n  query WellbeingFollowUpsDue {\n    wellbeingFollowUpsDue {\n      firstContactId\n      firstContactOn\n      dueOn\n      connectedTo\n    }\n  }\n": types.WellbeingFollowUpsDueDocument,
    "\n  query OrganisationAssurance($organisationId: ID!) {\n    organisationAssessments(organisationId: $organisationId) {\n      id\n      tier\n      status\n      submittedAt\n      decidedAt\n      validUntil\n      decisionNote\n      returnedAt\n      returnNote\n      template {\n        version\n        items {\n          key\n          title\n          guidance\n          evidenceKind\n          requiredForTiers\n          validityMonths\n        }\n      }\n      evidence {\n        itemKey\n        status\n        reference\n        documentId\n        declared\n        issuedOn\n        expiresOn\n        validUntil\n        reviewerNote\n      }\n    }\n  }\n": types.OrganisationAssuranceDocument,
    "\n  mutation StartAssessment($organisationId: ID!, $tier: AssuranceTier!) {\n    startAssessment(organisationId: $organisationId, tier: $tier) {\n      id\n    }\n  }\n": types.StartAssessmentDocument,
    "\n  mutation ProvideEvidence($assessmentId: ID!, $input: EvidenceInput!) {\n    provideEvidence(assessmentId: $assessmentId, input: $input) {\n      id\n    }\n  }\n": types.ProvideEvidenceDocument,
    "\n  mutation SubmitAssessment($assessmentId: ID!) {\n    submitAssessment(assessmentId: $assessmentId) {\n      id\n    }\n  }\n": types.SubmitAssessmentDocument,
    "\n  query AttendanceReturnActivities($id: ID!) {\n    organisation(id: $id) {\n      id\n      activities {\n        id\n        title\n        status\n      }\n    }\n  }\n": types.AttendanceReturnActivitiesDocument,
    "\n  mutation SubmitAttendanceReturn($input: AttendanceReturnInput!) {\n    submitAttendanceReturn(input: $input) {\n      id\n    }\n  }\n": types.SubmitAttendanceReturnDocument,
    "\n  query GroupWellbeing($organisationId: ID!) {\n    organisationWellbeing(organisationId: $organisationId) {\n      from\n      to\n      rows {\n        people\n        suppressed\n        items {\n          item\n          meanFirst\n          meanFollowUp\n          meanChange\n          improvedShare\n        }\n      }\n    }\n  }\n": types.GroupWellbeingDocument,
    "\n  query ListingFormData($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      venues {\n        id\n        name\n        town\n      }\n    }\n    needs: taxonomy(kind: NEED) {\n      code\n      label\n    }\n    accessibility: taxonomy(kind: ACCESSIBILITY) {\n      code\n      label\n    }\n    categories: taxonomy(kind: CATEGORY) {\n      code\n      label\n    }\n    postcodeDirectory {\n      districts {\n        code\n        name\n      }\n    }\n  }\n": types.ListingFormDataDocument,
    "\n  query ActivityForEdit($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      description\n      deliveryMode\n      free\n      costDescription\n      minimumAge\n      maximumAge\n      languages\n      coverageOutcodes\n      coverageDistricts\n      selfReferral\n      howToJoin\n      contactEmail\n      contactPhone\n      termTimeOnly\n      showFrom\n      showUntil\n      needs {\n        code\n      }\n      category {\n        code\n      }\n      accessibility {\n        code\n      }\n      schedule {\n        day\n        startTime\n        endTime\n        recurrence\n        firstDate\n        weekOfMonth\n      }\n      capacity {\n        placesPerSession\n        spacesAvailable\n        waitingList\n      }\n      venue {\n        id\n        accessibility {\n          code\n        }\n      }\n      organisation {\n        id\n      }\n    }\n  }\n": types.ActivityForEditDocument,
    "\n  mutation CreateListing($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n    }\n  }\n": types.CreateListingDocument,
    "\n  mutation UpdateListing($id: ID!, $input: UpdateActivityInput!) {\n    updateActivity(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateListingDocument,
    "\n  query ManagedListing($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      status\n      pausedReason\n      resumesOn\n      organisation {\n        id\n      }\n      ...ActivityCard\n    }\n  }\n": types.ManagedListingDocument,
    "\n  mutation ResumeListing($id: ID!) {\n    resumeActivity(id: $id) {\n      id\n    }\n  }\n": types.ResumeListingDocument,
    "\n  mutation CloseListing($id: ID!) {\n    closeActivity(id: $id) {\n      id\n    }\n  }\n": types.CloseListingDocument,
    "\n  mutation DuplicateListing($id: ID!) {\n    duplicateActivity(id: $id) {\n      id\n    }\n  }\n": types.DuplicateListingDocument,
    "\n  query OrganisationListings($id: ID!) {\n    organisation(id: $id) {\n      id\n      activities {\n        id\n        title\n        status\n        resumesOn\n        lastVerifiedAt\n        freshness\n        confirmBy\n        capacity {\n          state\n        }\n      }\n    }\n  }\n": types.OrganisationListingsDocument,
    "\n  mutation SetAvailability($id: ID!, $state: CapacityState!) {\n    setActivityAvailability(id: $id, state: $state) {\n      id\n      capacity {\n        state\n      }\n    }\n  }\n": types.SetAvailabilityDocument,
    "\n  mutation ConfirmListing($id: ID!) {\n    confirmActivityUpToDate(id: $id) {\n      id\n      lastVerifiedAt\n    }\n  }\n": types.ConfirmListingDocument,
    "\n  mutation ConfirmAllListings($organisationId: ID!) {\n    confirmOrganisationListingsUpToDate(organisationId: $organisationId)\n  }\n": types.ConfirmAllListingsDocument,
    "\n  query MyOrganisations {\n    me {\n      id\n      organisations {\n        id\n        name\n        assuranceStatus\n        assuredUntil\n        workspace {\n          waitingReferrals\n          activeListings\n          pausedListings\n          listingsToConfirm\n          evidenceExpiringSoon\n          nextSteps\n        }\n      }\n    }\n  }\n": types.MyOrganisationsDocument,
    "\n  mutation PauseListing($id: ID!, $input: PauseActivityInput!) {\n    pauseActivity(id: $id, input: $input) {\n      id\n    }\n  }\n": types.PauseListingDocument,
    "\n  query ReferralsInbox($organisationId: ID!, $activityId: ID, $outcome: ConnectionOutcome, $first: Int, $after: String, $before: String) {\n    organisationConnections(organisationId: $organisationId, activityId: $activityId, outcome: $outcome, first: $first, after: $after, before: $before) {\n      id\n      cursor\n      createdAt\n      outcome\n      outcomeAt\n      declineReason\n      hasContact\n      answerBy\n      referrer {\n        name\n        organisationName\n        email\n      }\n      needs {\n        code\n        label\n      }\n      activity {\n        id\n        title\n      }\n    }\n    organisation(id: $organisationId) {\n      id\n      activities {\n        id\n        title\n      }\n    }\n  }\n": types.ReferralsInboxDocument,
    "\n  mutation AnswerReferral($id: ID!, $outcome: ConnectionOutcome!, $declineReason: DeclineReason) {\n    updateConnectionOutcome(id: $id, outcome: $outcome, declineReason: $declineReason) {\n      id\n      outcome\n    }\n  }\n": types.AnswerReferralDocument,
    "\n  query OrganisationReturns($organisationId: ID!) {\n    sustainability(organisationId: $organisationId) {\n      risk\n      reasons\n    }\n    attendanceReturns(organisationId: $organisationId) {\n      id\n      month\n      sessionsRun\n      attendances\n      newParticipants\n      confirmedUnusual\n      activity {\n        id\n        title\n      }\n    }\n    sustainabilityReturns(organisationId: $organisationId) {\n      id\n      period\n      volunteers\n      paidStaffFte\n      monthlyCostsPence\n      reservesMonths\n      submittedAt\n      fundingSources {\n        source\n        kind\n        annualAmountPence\n        endsOn\n      }\n    }\n  }\n": types.OrganisationReturnsDocument,
    "\n  mutation SubmitSustainabilityReturn($input: SustainabilityReturnInput!) {\n    submitSustainabilityReturn(input: $input) {\n      id\n    }\n  }\n": types.SubmitSustainabilityReturnDocument,
    "\n  query VenueFormData($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      venues(includeArchived: true) {\n        id\n        name\n        addressLine1\n        town\n        postcode\n        latitude\n        longitude\n        precision\n        transportNotes\n        archived\n        accessibility {\n          code\n        }\n      }\n    }\n    accessibility: taxonomy(kind: ACCESSIBILITY) {\n      code\n      label\n    }\n  }\n": types.VenueFormDataDocument,
    "\n  mutation CreateVenue($input: CreateVenueInput!) {\n    createVenue(input: $input) {\n      id\n    }\n  }\n": types.CreateVenueDocument,
    "\n  mutation UpdateVenue($id: ID!, $input: UpdateVenueInput!) {\n    updateVenue(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateVenueDocument,
    "\n  mutation ArchiveVenue($id: ID!) {\n    archiveVenue(id: $id) {\n      id\n    }\n  }\n": types.ArchiveVenueDocument,
    "\n  query OrganisationVenues($id: ID!) {\n    organisation(id: $id) {\n      id\n      venues(includeArchived: true) {\n        id\n        name\n        addressLine1\n        town\n        postcode\n        precision\n        locationNote\n        archived\n        accessibility {\n          code\n          label\n        }\n      }\n    }\n  }\n": types.OrganisationVenuesDocument,
    "\n  query WorkspaceHeader($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      assuranceStatus\n      email\n      phone\n      workspace {\n        waitingReferrals\n      }\n    }\n  }\n": types.WorkspaceHeaderDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      role\n      name\n      organisationName\n      notificationFrequency\n      mustChangePassword\n      organisations {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
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
export function graphql(source: "\n  mutation UpdateMyProfile($input: ProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n      organisationName\n      notificationFrequency\n    }\n  }\n"): typeof import('./graphql').UpdateMyProfileDocument;
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
export function graphql(source: "\n  query ActivityPage($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      description\n      deliveryMode\n      free\n      costDescription\n      minimumAge\n      maximumAge\n      languages\n      selfReferral\n      howToJoin\n      contactEmail\n      contactPhone\n      termTimeOnly\n      status\n      pausedReason\n      resumesOn\n      lastVerifiedAt\n      needs {\n        code\n        label\n      }\n      category {\n        label\n      }\n      accessibility {\n        code\n        label\n      }\n      schedule {\n        day\n        startTime\n        endTime\n        recurrence\n        firstDate\n        weekOfMonth\n      }\n      capacity {\n        placesPerSession\n        spacesAvailable\n        waitingList\n        state\n      }\n      groupResponse {\n        referrals\n        medianHoursToAnswer\n        acceptanceRate\n      }\n      venue {\n        name\n        addressLine1\n        town\n        postcode\n        transportNotes\n        locationNote\n      }\n      coverageOutcodes\n      coverageDistrictNames\n      organisation {\n        id\n        name\n        website\n        email\n        phone\n        assuranceStatus\n        assuredUntil\n      }\n    }\n  }\n"): typeof import('./graphql').ActivityPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditUser($id: ID!, $skip: Boolean!) {\n    user(id: $id) @skip(if: $skip) {\n      id\n      email\n      role\n      disabled\n      mustChangePassword\n      createdAt\n      organisations {\n        id\n      }\n    }\n    organisations {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').EditUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n    }\n  }\n"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableUser($id: ID!) {\n    disableUser(id: $id) {\n      id\n      disabled\n    }\n  }\n"): typeof import('./graphql').DisableUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableUser($id: ID!) {\n    enableUser(id: $id) {\n      id\n      disabled\n    }\n  }\n"): typeof import('./graphql').EnableUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      password\n    }\n  }\n"): typeof import('./graphql').ResetUserPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserList($filter: UserFilterInput) {\n    users(filter: $filter) {\n      total\n      users {\n        id\n        email\n        role\n        disabled\n        mustChangePassword\n        createdAt\n        organisations {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UserListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrail($organisationId: ID, $from: DateTime, $to: DateTime, $action: String) {\n    verifyAuditChain {\n      valid\n      events\n      firstBrokenEventId\n    }\n    auditActions\n    organisations {\n      id\n      name\n    }\n    assuranceAudit(organisationId: $organisationId, from: $from, to: $to, action: $action) {\n      ...AuditRow\n    }\n  }\n"): typeof import('./graphql').AuditTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditRow on AuditEvent {\n    id\n    at\n    action\n    entityType\n    details\n    actor {\n      id\n      email\n    }\n  }\n"): typeof import('./graphql').AuditRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DemandRows on DemandReport {\n    rows {\n      key\n      label\n      searches\n      zeroResultSearches\n      assuredActivities\n    }\n  }\n"): typeof import('./graphql').DemandRowsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemandDashboard($range: ReportRange!) {\n    byNeed: demandReport(range: $range, groupBy: NEED) {\n      ...DemandRows\n    }\n    byArea: demandReport(range: $range, groupBy: OUTCODE) {\n      ...DemandRows\n    }\n    sustainabilityRisks(minimum: MEDIUM) {\n      risk\n      reasons\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').DemandDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EquityRows on EquityReport {\n    populationSource\n    rows {\n      key\n      label\n      people\n      connections\n      attended\n      connectionShare\n      populationShare\n      suppressed\n    }\n  }\n"): typeof import('./graphql').EquityRowsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EquityDashboard($range: ReportRange!) {\n    byDecile: equityReport(range: $range, band: DEPRIVATION_DECILE) {\n      from\n      to\n      ...EquityRows\n    }\n    byAge: equityReport(range: $range, band: AGE_BAND) {\n      ...EquityRows\n    }\n    bySex: equityReport(range: $range, band: SEX) {\n      ...EquityRows\n    }\n    byEthnicGroup: equityReport(range: $range, band: ETHNIC_GROUP) {\n      ...EquityRows\n    }\n    deprivedAreaDemand(range: $range) {\n      mostDeprivedDeciles\n      fewerThan\n      outcodesWithDecile\n      needs {\n        key\n        label\n        searches\n        noResults\n        fewResults\n        shortShare\n        shortShareElsewhere\n      }\n      areas {\n        outcode\n        decile\n        searches\n        noResults\n        fewResults\n      }\n    }\n  }\n"): typeof import('./graphql').EquityDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FreshnessDashboard {\n    freshnessReport {\n      staleAfterDays\n      overall {\n        listings\n        fresh\n        due\n        stale\n        confirmedShare\n      }\n      organisations {\n        key\n        label\n        listings\n        fresh\n        due\n        stale\n        confirmedShare\n      }\n    }\n  }\n"): typeof import('./graphql').FreshnessDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssuredProviderRegister($asOf: Date) {\n    assuredProviderRegister(asOf: $asOf) {\n      status\n      tier\n      validUntil\n      assessedAt\n      assessedBy {\n        id\n        email\n      }\n      organisation {\n        id\n        name\n        charityNumber\n      }\n    }\n  }\n"): typeof import('./graphql').AssuredProviderRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UsageRows on UsageReport {\n    from\n    to\n    rows {\n      key\n      label\n      connections\n      attended\n      didNotAttend\n      declined\n      attendances\n      suppressed\n    }\n  }\n"): typeof import('./graphql').UsageRowsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsageDashboard($range: ReportRange!) {\n    byMonth: usageReport(range: $range, groupBy: MONTH) {\n      ...UsageRows\n    }\n    byNeed: usageReport(range: $range, groupBy: NEED) {\n      ...UsageRows\n    }\n    byArea: usageReport(range: $range, groupBy: OUTCODE) {\n      ...UsageRows\n    }\n  }\n"): typeof import('./graphql').UsageDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WellbeingRows on WellbeingReport {\n    from\n    to\n    rows {\n      key\n      label\n      people\n      suppressed\n      items {\n        item\n        meanFirst\n        meanFollowUp\n        meanChange\n        improvedShare\n      }\n    }\n  }\n"): typeof import('./graphql').WellbeingRowsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WellbeingDashboard($range: ReportRange!) {\n    overall: wellbeingReport(range: $range, groupBy: ALL) {\n      ...WellbeingRows\n    }\n    byDecile: wellbeingReport(range: $range, groupBy: DEPRIVATION_DECILE) {\n      ...WellbeingRows\n    }\n    byAge: wellbeingReport(range: $range, groupBy: AGE_BAND) {\n      ...WellbeingRows\n    }\n    bySex: wellbeingReport(range: $range, groupBy: SEX) {\n      ...WellbeingRows\n    }\n    byEthnicGroup: wellbeingReport(range: $range, groupBy: ETHNIC_GROUP) {\n      ...WellbeingRows\n    }\n    byNeed: wellbeingReport(range: $range, groupBy: NEED) {\n      ...WellbeingRows\n    }\n  }\n"): typeof import('./graphql').WellbeingDashboardDocument;
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
export function graphql(source: "\n  query Connection($id: ID!) {\n    connection(id: $id) {\n      id\n      createdAt\n      outcome\n      declineReason\n      withdrawReason\n      waitingList\n      answerBy\n      flag\n      hasContact\n      contactErasedAt\n      needs {\n        code\n        label\n      }\n      activity {\n        id\n        title\n        organisation {\n          id\n          name\n        }\n      }\n      referrer {\n        name\n        organisationName\n        email\n      }\n      history {\n        outcome\n        at\n        by\n      }\n    }\n  }\n"): typeof import('./graphql').ConnectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectionContact($id: ID!) {\n    connectionContact(id: $id) {\n      name\n      phone\n      email\n      eraseAfter\n      reads {\n        reader\n        at\n      }\n    }\n  }\n"): typeof import('./graphql').ConnectionContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseConnectionContact($id: ID!) {\n    eraseConnectionContact(id: $id) {\n      id\n      hasContact\n      contactErasedAt\n    }\n  }\n"): typeof import('./graphql').EraseConnectionContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawConnection($id: ID!, $reason: WithdrawReason!) {\n    withdrawConnection(id: $id, reason: $reason) {\n      id\n      outcome\n      withdrawReason\n    }\n  }\n"): typeof import('./graphql').WithdrawConnectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyConnections($outcome: ConnectionOutcome, $personReference: String, $first: Int, $after: String, $before: String) {\n    myConnections(outcome: $outcome, personReference: $personReference, first: $first, after: $after, before: $before) {\n      id\n      cursor\n      outcome\n      flag\n      hasContact\n      createdAt\n      answeredAt\n      needs {\n        code\n        label\n      }\n      activity {\n        id\n        title\n        organisation {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyConnectionsDocument;
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
export function graphql(source: "\n  query ConcernDetail($id: ID!) {\n    concern(id: $id) {\n      id\n      category\n      description\n      status\n      raisedAt\n      resolvedAt\n      resolutionNote\n      precautionarySuspension\n      organisation {\n        id\n        name\n        assuranceStatus\n      }\n      activity {\n        id\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').ConcernDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConcernHistory($organisationId: ID!, $from: DateTime!) {\n    assuranceAudit(organisationId: $organisationId, from: $from) {\n      ...AuditRow\n    }\n  }\n"): typeof import('./graphql').ConcernHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendOrganisation($organisationId: ID!, $reason: String!) {\n    suspendOrganisation(organisationId: $organisationId, reason: $reason) {\n      id\n      assuranceStatus\n    }\n  }\n"): typeof import('./graphql').SuspendOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiftSuspension($organisationId: ID!, $note: String!) {\n    liftSuspension(organisationId: $organisationId, note: $note) {\n      id\n      assuranceStatus\n    }\n  }\n"): typeof import('./graphql').LiftSuspensionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveConcern($concernId: ID!, $note: String!, $reinstate: Boolean!) {\n    resolveConcern(concernId: $concernId, note: $note, reinstate: $reinstate) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ResolveConcernDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConcernList($status: ConcernStatus) {\n    concerns(status: $status) {\n      id\n      category\n      status\n      raisedAt\n      resolvedAt\n      precautionarySuspension\n      organisation {\n        id\n        name\n      }\n      activity {\n        id\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').ConcernListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewAssessment($id: ID!) {\n    assessment(id: $id) {\n      id\n      tier\n      status\n      submittedAt\n      returnedAt\n      returnNote\n      timesReturned\n      organisation {\n        id\n        name\n        assuranceStatus\n      }\n      template {\n        items {\n          key\n          title\n          guidance\n          evidenceKind\n          requiredForTiers\n        }\n      }\n      evidence {\n        itemKey\n        status\n        reference\n        documentId\n        declared\n        issuedOn\n        expiresOn\n        validUntil\n        reviewerNote\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewEvidenceItem($assessmentId: ID!, $itemKey: String!, $accept: Boolean!, $note: String) {\n    reviewEvidence(assessmentId: $assessmentId, itemKey: $itemKey, accept: $accept, note: $note) {\n      id\n    }\n  }\n"): typeof import('./graphql').ReviewEvidenceItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideAssessment($assessmentId: ID!, $decision: AssessmentDecision!, $note: String) {\n    decideAssessment(assessmentId: $assessmentId, decision: $decision, note: $note) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').DecideAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue($withinDays: Int!) {\n    assessmentQueue {\n      id\n      tier\n      submittedAt\n      timesReturned\n      organisation {\n        id\n        name\n      }\n    }\n    expiringEvidence(withinDays: $withinDays) {\n      assessmentId\n      itemKey\n      title\n      validUntil\n      organisation {\n        id\n        name\n      }\n    }\n    concerns(status: OPEN) {\n      id\n      category\n      raisedAt\n      precautionarySuspension\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityCard on Activity {\n    id\n    title\n    deliveryMode\n    free\n    costDescription\n    lastVerifiedAt\n    freshness\n    termTimeOnly\n    schedule {\n      day\n      startTime\n      endTime\n      recurrence\n      firstDate\n      weekOfMonth\n    }\n    capacity {\n      state\n    }\n    organisation {\n      id\n      name\n      assuranceStatus\n    }\n    venue {\n      name\n      town\n      latitude\n      longitude\n    }\n  }\n"): typeof import('./graphql').ActivityCardFragmentDoc;
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
export function graphql(source: "\n  query SearchActivities($input: ActivitySearchInput!) {\n    searchActivities(input: $input) {\n      total\n      page\n      pageSize\n      facets {\n        field\n        values {\n          value\n          count\n        }\n      }\n      near {\n        outcode\n        precision\n      }\n      hits {\n        distanceKm\n        distanceApproximate\n        coversArea\n        activity {\n          ...ActivityCard\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchActivitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordWellbeing($input: RecordWellbeingInput!) {\n    recordWellbeing(input: $input) {\n      id\n      occasion\n    }\n  }\n"): typeof import('./graphql').RecordWellbeingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WellbeingFollowUpsDue {\n    wellbeingFollowUpsDue {\n      firstContactId\n      firstContactOn\n      dueOn\n      connectedTo\n    }\n  }\n"): typeof import('./graphql').WellbeingFollowUpsDueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationAssurance($organisationId: ID!) {\n    organisationAssessments(organisationId: $organisationId) {\n      id\n      tier\n      status\n      submittedAt\n      decidedAt\n      validUntil\n      decisionNote\n      returnedAt\n      returnNote\n      template {\n        version\n        items {\n          key\n          title\n          guidance\n          evidenceKind\n          requiredForTiers\n          validityMonths\n        }\n      }\n      evidence {\n        itemKey\n        status\n        reference\n        documentId\n        declared\n        issuedOn\n        expiresOn\n        validUntil\n        reviewerNote\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationAssuranceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartAssessment($organisationId: ID!, $tier: AssuranceTier!) {\n    startAssessment(organisationId: $organisationId, tier: $tier) {\n      id\n    }\n  }\n"): typeof import('./graphql').StartAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvideEvidence($assessmentId: ID!, $input: EvidenceInput!) {\n    provideEvidence(assessmentId: $assessmentId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ProvideEvidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitAssessment($assessmentId: ID!) {\n    submitAssessment(assessmentId: $assessmentId) {\n      id\n    }\n  }\n"): typeof import('./graphql').SubmitAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttendanceReturnActivities($id: ID!) {\n    organisation(id: $id) {\n      id\n      activities {\n        id\n        title\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').AttendanceReturnActivitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitAttendanceReturn($input: AttendanceReturnInput!) {\n    submitAttendanceReturn(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SubmitAttendanceReturnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupWellbeing($organisationId: ID!) {\n    organisationWellbeing(organisationId: $organisationId) {\n      from\n      to\n      rows {\n        people\n        suppressed\n        items {\n          item\n          meanFirst\n          meanFollowUp\n          meanChange\n          improvedShare\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').GroupWellbeingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListingFormData($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      venues {\n        id\n        name\n        town\n      }\n    }\n    needs: taxonomy(kind: NEED) {\n      code\n      label\n    }\n    accessibility: taxonomy(kind: ACCESSIBILITY) {\n      code\n      label\n    }\n    categories: taxonomy(kind: CATEGORY) {\n      code\n      label\n    }\n    postcodeDirectory {\n      districts {\n        code\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ListingFormDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityForEdit($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      description\n      deliveryMode\n      free\n      costDescription\n      minimumAge\n      maximumAge\n      languages\n      coverageOutcodes\n      coverageDistricts\n      selfReferral\n      howToJoin\n      contactEmail\n      contactPhone\n      termTimeOnly\n      showFrom\n      showUntil\n      needs {\n        code\n      }\n      category {\n        code\n      }\n      accessibility {\n        code\n      }\n      schedule {\n        day\n        startTime\n        endTime\n        recurrence\n        firstDate\n        weekOfMonth\n      }\n      capacity {\n        placesPerSession\n        spacesAvailable\n        waitingList\n      }\n      venue {\n        id\n        accessibility {\n          code\n        }\n      }\n      organisation {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').ActivityForEditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateListing($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateListing($id: ID!, $input: UpdateActivityInput!) {\n    updateActivity(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagedListing($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      status\n      pausedReason\n      resumesOn\n      organisation {\n        id\n      }\n      ...ActivityCard\n    }\n  }\n"): typeof import('./graphql').ManagedListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeListing($id: ID!) {\n    resumeActivity(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').ResumeListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseListing($id: ID!) {\n    closeActivity(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').CloseListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DuplicateListing($id: ID!) {\n    duplicateActivity(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').DuplicateListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationListings($id: ID!) {\n    organisation(id: $id) {\n      id\n      activities {\n        id\n        title\n        status\n        resumesOn\n        lastVerifiedAt\n        freshness\n        confirmBy\n        capacity {\n          state\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationListingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAvailability($id: ID!, $state: CapacityState!) {\n    setActivityAvailability(id: $id, state: $state) {\n      id\n      capacity {\n        state\n      }\n    }\n  }\n"): typeof import('./graphql').SetAvailabilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmListing($id: ID!) {\n    confirmActivityUpToDate(id: $id) {\n      id\n      lastVerifiedAt\n    }\n  }\n"): typeof import('./graphql').ConfirmListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmAllListings($organisationId: ID!) {\n    confirmOrganisationListingsUpToDate(organisationId: $organisationId)\n  }\n"): typeof import('./graphql').ConfirmAllListingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrganisations {\n    me {\n      id\n      organisations {\n        id\n        name\n        assuranceStatus\n        assuredUntil\n        workspace {\n          waitingReferrals\n          activeListings\n          pausedListings\n          listingsToConfirm\n          evidenceExpiringSoon\n          nextSteps\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyOrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseListing($id: ID!, $input: PauseActivityInput!) {\n    pauseActivity(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').PauseListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralsInbox($organisationId: ID!, $activityId: ID, $outcome: ConnectionOutcome, $first: Int, $after: String, $before: String) {\n    organisationConnections(organisationId: $organisationId, activityId: $activityId, outcome: $outcome, first: $first, after: $after, before: $before) {\n      id\n      cursor\n      createdAt\n      outcome\n      outcomeAt\n      declineReason\n      hasContact\n      answerBy\n      referrer {\n        name\n        organisationName\n        email\n      }\n      needs {\n        code\n        label\n      }\n      activity {\n        id\n        title\n      }\n    }\n    organisation(id: $organisationId) {\n      id\n      activities {\n        id\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').ReferralsInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerReferral($id: ID!, $outcome: ConnectionOutcome!, $declineReason: DeclineReason) {\n    updateConnectionOutcome(id: $id, outcome: $outcome, declineReason: $declineReason) {\n      id\n      outcome\n    }\n  }\n"): typeof import('./graphql').AnswerReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationReturns($organisationId: ID!) {\n    sustainability(organisationId: $organisationId) {\n      risk\n      reasons\n    }\n    attendanceReturns(organisationId: $organisationId) {\n      id\n      month\n      sessionsRun\n      attendances\n      newParticipants\n      confirmedUnusual\n      activity {\n        id\n        title\n      }\n    }\n    sustainabilityReturns(organisationId: $organisationId) {\n      id\n      period\n      volunteers\n      paidStaffFte\n      monthlyCostsPence\n      reservesMonths\n      submittedAt\n      fundingSources {\n        source\n        kind\n        annualAmountPence\n        endsOn\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationReturnsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitSustainabilityReturn($input: SustainabilityReturnInput!) {\n    submitSustainabilityReturn(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SubmitSustainabilityReturnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VenueFormData($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      venues(includeArchived: true) {\n        id\n        name\n        addressLine1\n        town\n        postcode\n        latitude\n        longitude\n        precision\n        transportNotes\n        archived\n        accessibility {\n          code\n        }\n      }\n    }\n    accessibility: taxonomy(kind: ACCESSIBILITY) {\n      code\n      label\n    }\n  }\n"): typeof import('./graphql').VenueFormDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVenue($input: CreateVenueInput!) {\n    createVenue(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateVenueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateVenue($id: ID!, $input: UpdateVenueInput!) {\n    updateVenue(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateVenueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveVenue($id: ID!) {\n    archiveVenue(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').ArchiveVenueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationVenues($id: ID!) {\n    organisation(id: $id) {\n      id\n      venues(includeArchived: true) {\n        id\n        name\n        addressLine1\n        town\n        postcode\n        precision\n        locationNote\n        archived\n        accessibility {\n          code\n          label\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationVenuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceHeader($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      assuranceStatus\n      email\n      phone\n      workspace {\n        waitingReferrals\n      }\n    }\n  }\n"): typeof import('./graphql').WorkspaceHeaderDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
