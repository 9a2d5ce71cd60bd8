import { DataSource } from 'typeorm';
import { openDatabase } from '@app/database';
import { AssessmentEntity } from '../../assurance/src/assessments/assessment.entity';
import { EvidenceItemEntity } from '../../assurance/src/assessments/evidence-item.entity';
import { ConcernEntity } from '../../assurance/src/concerns/concern.entity';
import { EvidenceDocumentEntity } from '../../assurance/src/documents/evidence-document.entity';
import { AuditEventEntity } from '../../assurance/src/audit/audit-event.entity';
import { ChecklistTemplateEntity } from '../../assurance/src/checklist/checklist-template.entity';
import { ConnectionOutcomeEventEntity } from '../../usage/src/connections/connection-outcome-event.entity';
import { ConnectionEntity } from '../../usage/src/connections/connection.entity';
import { ConnectionContactEntity } from '../../usage/src/connections/contact/connection-contact.entity';
import { ContactReadEntity } from '../../usage/src/connections/contact/contact-read.entity';
import { NotificationEntity } from '../../usage/src/notifications/notification.entity';
import { AttendanceReturnEntity } from '../../usage/src/returns/attendance-return.entity';
import { SustainabilityReturnEntity } from '../../usage/src/returns/sustainability-return.entity';
import { MembershipEntity } from '../../accounts/src/membership.entity';
import { UserEntity } from '../../accounts/src/user.entity';
import { SessionEntity } from '../../accounts/src/sessions/session.entity';
import { ActivityEntity } from '../../directory/src/activities/activity.entity';
import { OrganisationEntity } from '../../directory/src/organisations/organisation.entity';
import { VenueEntity } from '../../directory/src/venues/venue.entity';
import { SearchDemandEntity } from '../../search/src/demand/search-demand.entity';
import { OutboxEntity } from '../../outbox/src/outbox.entity';
import { TaxonomyTermEntity } from '../../taxonomy/src/taxonomy-term.entity';
import { ExternalRecordEntity } from '../../open-referral/src/import/external-record.entity';
import { ActivityExternalTermEntity, ExternalTaxonomyTermEntity } from '../../open-referral/src/import/external-taxonomy-term.entity';
import { AppMetaEntity } from '../../database/src/app-meta.entity';
import { PostcodeDistrictEntity, PostcodeEntity } from '../../geo/src/gazetteer/postcode.entity';
import { DeprivationDecileEntity } from '../../geo/src/deprivation/deprivation-decile.entity';
import { OutcodeDecileEntity } from '../../geo/src/deprivation/outcode-decile.entity';
import { AreaPopulationEntity } from '../../usage/src/equity/area-population.entity';
import { WellbeingRecordEntity } from '../../usage/src/wellbeing/wellbeing-record.entity';
import { WellbeingScoreEntity } from '../../usage/src/wellbeing/wellbeing-score.entity';

/**
 * Every table the migrations create; the drift test checks that they agree. A function, so that an
 * import cycle through a feature's entity can never leave a hole in the list.
 */
export const APP_ENTITIES = () => [
  AppMetaEntity,
  UserEntity,
  SessionEntity,
  MembershipEntity,
  TaxonomyTermEntity,
  OrganisationEntity,
  VenueEntity,
  ActivityEntity,
  OutboxEntity,
  SearchDemandEntity,
  ChecklistTemplateEntity,
  AuditEventEntity,
  AssessmentEntity,
  EvidenceItemEntity,
  EvidenceDocumentEntity,
  ConcernEntity,
  ConnectionEntity,
  ConnectionOutcomeEventEntity,
  ConnectionContactEntity,
  ContactReadEntity,
  NotificationEntity,
  AttendanceReturnEntity,
  SustainabilityReturnEntity,
  ExternalRecordEntity,
  ExternalTaxonomyTermEntity,
  ActivityExternalTermEntity,
  PostcodeEntity,
  PostcodeDistrictEntity,
  DeprivationDecileEntity,
  OutcodeDecileEntity,
  AreaPopulationEntity,
  WellbeingRecordEntity,
  WellbeingScoreEntity,
];

/** Opens (and migrates) the product's database with every entity registered. */
export function openAppDatabase(url: string, poolSize?: number): Promise<DataSource> {
  return openDatabase(url, APP_ENTITIES(), poolSize);
}
