import { InitialSchema1795400000001 } from './0001-initial-schema';
import { SearchVersionAndTaxonomies1795400000002 } from './0002-search-version-and-taxonomies';
import { MembershipForeignKeys1795400000003 } from './0003-membership-foreign-keys';
import { ChecklistsAndAudit1795400000004 } from './0004-checklists-and-audit';
import { AuditAppendOnlyAndBaselineChecklist1795400000005 } from './0005-audit-append-only-and-baseline-checklist';
import { AssessmentsEvidenceConcerns1795400000006 } from './0006-assessments-evidence-concerns';
import { Connections1795400000007 } from './0007-connections';
import { AttendanceAndSustainabilityReturns1795400000008 } from './0008-attendance-and-sustainability-returns';
import { ExternalRecords1795400000009 } from './0009-external-records';
import { TrustAndSafety1795400000010 } from './0010-trust-and-safety';
import { LeaderWorkspace1795400000011 } from './0011-leader-workspace';
import { AssuranceReview1795400000012 } from './0012-assurance-review';
import { FreshnessReminders1795400000013 } from './0013-freshness-reminders';
import { ScheduledVisibility1795400000014 } from './0014-scheduled-visibility';
import { ReferralHandoff1795400000015 } from './0015-referral-handoff';
import { PostcodeGazetteer1795400000016 } from './0016-postcode-gazetteer';
import { WellbeingAndDeprivation1795400000017 } from './0017-wellbeing-and-deprivation';
import { EquityOfAccess1795400000018 } from './0018-equity-of-access';
import { SearchPlacesWithoutGeo1795400000019 } from './0019-search-places-without-geo';
import { DirectoryChangeNotices1795400000020 } from './0020-directory-change-notices';
import { OutboxFewerRoundTrips1795400000021 } from './0021-outbox-fewer-round-trips';
import { VenuesAnnouncedWhenAdded1795400000022 } from './0022-venues-announced-when-added';

/** In order. Never edit a migration that has shipped: add a new one. */
export const ALL_MIGRATIONS = [
  InitialSchema1795400000001,
  SearchVersionAndTaxonomies1795400000002,
  MembershipForeignKeys1795400000003,
  ChecklistsAndAudit1795400000004,
  AuditAppendOnlyAndBaselineChecklist1795400000005,
  AssessmentsEvidenceConcerns1795400000006,
  Connections1795400000007,
  AttendanceAndSustainabilityReturns1795400000008,
  ExternalRecords1795400000009,
  TrustAndSafety1795400000010,
  LeaderWorkspace1795400000011,
  AssuranceReview1795400000012,
  FreshnessReminders1795400000013,
  ScheduledVisibility1795400000014,
  ReferralHandoff1795400000015,
  PostcodeGazetteer1795400000016,
  WellbeingAndDeprivation1795400000017,
  EquityOfAccess1795400000018,
  SearchPlacesWithoutGeo1795400000019,
  DirectoryChangeNotices1795400000020,
  OutboxFewerRoundTrips1795400000021,
  VenuesAnnouncedWhenAdded1795400000022,
];
