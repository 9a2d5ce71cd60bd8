import { ReactElement, Suspense } from 'react';
import { Loading } from '../components/feedback';
import { Navigate, Route, Routes } from 'react-router';
import { ActivityPage } from '../features/activity/ActivityPage';
import { AccountPage, ChangePasswordPage } from '../features/account/AccountPages';
import { SignInPage } from '../features/account/SignInPage';
import { RaiseConcernPage } from '../features/concerns/RaiseConcernPage';
import { MyConnectionsPage } from '../features/connections/MyConnectionsPage';
import { ConnectionPage } from '../features/connections/ConnectionPage';
import { RecordConnectionPage } from '../features/connections/RecordConnectionPage';
import { AccessibilityPage, LinkNotValidPage, PrivacyPage } from '../features/pages/InformationPages';
import { NotFoundPage } from '../features/pages/StatusPages';
import { MapPage } from '../features/search/MapPage';
import { SearchPage } from '../features/search/SearchPage';
import type { Role } from '../gql/graphql';
import { Layout } from './Layout';
import { lazyPage } from './lazy-page';
import { RequireRole } from './RequireRole';

const AssurancePage = lazyPage(() => import('../features/workspace/AssurancePage'), 'AssurancePage');
const AttendanceReturnPage = lazyPage(() => import('../features/workspace/AttendanceReturnPage'), 'AttendanceReturnPage');
const ListingFormPage = lazyPage(() => import('../features/workspace/ListingFormPage'), 'ListingFormPage');
const ListingPage = lazyPage(() => import('../features/workspace/ListingPage'), 'ListingPage');
const ListingsPage = lazyPage(() => import('../features/workspace/ListingsPage'), 'ListingsPage');
const OrganisationsPage = lazyPage(() => import('../features/workspace/OrganisationsPage'), 'OrganisationsPage');
const PauseListingPage = lazyPage(() => import('../features/workspace/PauseListingPage'), 'PauseListingPage');
const ReferralsPage = lazyPage(() => import('../features/workspace/ReferralsPage'), 'ReferralsPage');
const ReturnsPage = lazyPage(() => import('../features/workspace/ReturnsPage'), 'ReturnsPage');
const SustainabilityReturnPage = lazyPage(() => import('../features/workspace/SustainabilityReturnPage'), 'SustainabilityReturnPage');
const VenueFormPage = lazyPage(() => import('../features/workspace/VenueFormPage'), 'VenueFormPage');
const VenuesPage = lazyPage(() => import('../features/workspace/VenuesPage'), 'VenuesPage');
const AuditPage = lazyPage(() => import('../features/commissioning/AuditPage'), 'AuditPage');
const DemandPage = lazyPage(() => import('../features/commissioning/DemandPage'), 'DemandPage');
const FreshnessPage = lazyPage(() => import('../features/commissioning/FreshnessPage'), 'FreshnessPage');
const ProvidersPage = lazyPage(() => import('../features/commissioning/ProvidersPage'), 'ProvidersPage');
const UsagePage = lazyPage(() => import('../features/commissioning/UsagePage'), 'UsagePage');
const WellbeingReportPage = lazyPage(() => import('../features/commissioning/WellbeingReportPage'), 'WellbeingReportPage');
const EquityPage = lazyPage(() => import('../features/commissioning/EquityPage'), 'EquityPage');
const WellbeingPage = lazyPage(() => import('../features/wellbeing/WellbeingPage'), 'WellbeingPage');
const RecordWellbeingPage = lazyPage(() => import('../features/wellbeing/RecordWellbeingPage'), 'RecordWellbeingPage');
const ConcernPage = lazyPage(() => import('../features/review/ConcernPage'), 'ConcernPage');
const ConcernsPage = lazyPage(() => import('../features/review/ConcernsPage'), 'ConcernsPage');
const ReviewAssessmentPage = lazyPage(() => import('../features/review/ReviewAssessmentPage'), 'ReviewAssessmentPage');
const ReviewQueuePage = lazyPage(() => import('../features/review/ReviewQueuePage'), 'ReviewQueuePage');
const UserFormPage = lazyPage(() => import('../features/admin/UserFormPage'), 'UserFormPage');
const UsersPage = lazyPage(() => import('../features/admin/UsersPage'), 'UsersPage');

/** A leader's workspace: their organisations, and each one's listings, venues, referrals, returns and assurance. */
const WORKSPACE_ROUTES: [string, ReactElement][] = [
  ['/organisations', <OrganisationsPage />],
  ['/organisations/:organisationId', <Navigate to="listings" replace />],
  ['/organisations/:organisationId/listings', <ListingsPage />],
  ['/organisations/:organisationId/listings/new', <ListingFormPage />],
  ['/organisations/:organisationId/listings/:activityId', <ListingPage />],
  ['/organisations/:organisationId/listings/:activityId/edit', <ListingFormPage />],
  ['/organisations/:organisationId/listings/:activityId/pause', <PauseListingPage />],
  ['/organisations/:organisationId/venues', <VenuesPage />],
  ['/organisations/:organisationId/venues/new', <VenueFormPage />],
  ['/organisations/:organisationId/venues/:venueId/edit', <VenueFormPage />],
  ['/organisations/:organisationId/referrals', <ReferralsPage />],
  ['/organisations/:organisationId/returns', <ReturnsPage />],
  ['/organisations/:organisationId/returns/attendance', <AttendanceReturnPage />],
  ['/organisations/:organisationId/returns/sustainability', <SustainabilityReturnPage />],
  ['/organisations/:organisationId/assurance', <AssurancePage />],
];

/** A link worker's wellbeing measures: follow-ups due, and the questions. */
const LINK_WORKER_ROUTES: [string, ReactElement][] = [
  ['/wellbeing', <WellbeingPage />],
  ['/wellbeing/record', <RecordWellbeingPage />],
];

/** Pages for the people who oversee the directory: assurers, commissioners and administrators. */
const STAFF_ROUTES: [string, Role[], ReactElement][] = [
  ['/review', ['ASSURER', 'ADMIN'], <ReviewQueuePage />],
  ['/review/assessments/:assessmentId', ['ASSURER', 'ADMIN'], <ReviewAssessmentPage />],
  ['/review/concerns', ['ASSURER', 'COMMISSIONER', 'ADMIN'], <ConcernsPage />],
  ['/review/concerns/:concernId', ['ASSURER', 'COMMISSIONER', 'ADMIN'], <ConcernPage />],
  ['/commissioning/providers', ['ASSURER', 'COMMISSIONER', 'ADMIN', 'LINK_WORKER'], <ProvidersPage />],
  ['/commissioning/audit', ['ASSURER', 'COMMISSIONER', 'ADMIN'], <AuditPage />],
  ['/commissioning/usage', ['COMMISSIONER', 'ADMIN'], <UsagePage />],
  ['/commissioning/demand', ['COMMISSIONER', 'ADMIN'], <DemandPage />],
  ['/commissioning/freshness', ['COMMISSIONER', 'ADMIN'], <FreshnessPage />],
  ['/commissioning/wellbeing', ['COMMISSIONER', 'ADMIN'], <WellbeingReportPage />],
  ['/commissioning/equity', ['COMMISSIONER', 'ADMIN'], <EquityPage />],
  ['/admin/users', ['ADMIN'], <UsersPage />],
  ['/admin/users/new', ['ADMIN'], <UserFormPage />],
  ['/admin/users/:userId', ['ADMIN'], <UserFormPage key="edit" />],
];

export function App() {
  return (
    <Layout>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route path="/" element={<SearchPage />} />
          <Route path="/map" element={<MapPage />} />
          <Route path="/activities/:id" element={<ActivityPage />} />
          <Route
            path="/activities/:id/connect"
            element={
              <RequireRole roles={['LINK_WORKER']}>
                <RecordConnectionPage />
              </RequireRole>
            }
          />
          <Route
            path="/activities/:id/concern"
            element={
              <RequireRole>
                <RaiseConcernPage />
              </RequireRole>
            }
          />
          <Route
            path="/connections"
            element={
              <RequireRole roles={['LINK_WORKER']}>
                <MyConnectionsPage />
              </RequireRole>
            }
          />
          <Route
            path="/connections/:id"
            element={
              <RequireRole roles={['LINK_WORKER', 'VCSE_LEADER']}>
                <ConnectionPage />
              </RequireRole>
            }
          />
          {LINK_WORKER_ROUTES.map(([path, page]) => (
            <Route key={path} path={path} element={<RequireRole roles={['LINK_WORKER']}>{page}</RequireRole>} />
          ))}
          {WORKSPACE_ROUTES.map(([path, page]) => (
            <Route key={path} path={path} element={<RequireRole roles={['VCSE_LEADER', 'ADMIN']}>{page}</RequireRole>} />
          ))}
          {STAFF_ROUTES.map(([path, roles, page]) => (
            <Route key={path} path={path} element={<RequireRole roles={roles}>{page}</RequireRole>} />
          ))}
          <Route path="/sign-in" element={<SignInPage />} />
          <Route
            path="/account"
            element={
              <RequireRole>
                <AccountPage />
              </RequireRole>
            }
          />
          <Route
            path="/account/password"
            element={
              <RequireRole>
                <ChangePasswordPage />
              </RequireRole>
            }
          />
          <Route path="/accessibility" element={<AccessibilityPage />} />
          <Route path="/privacy" element={<PrivacyPage />} />
          <Route path="/link-not-valid" element={<LinkNotValidPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </Layout>
  );
}
