import type { ReactElement } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { ActivityPage } from '../features/activity/ActivityPage';
import { AccountPage, ChangePasswordPage } from '../features/account/AccountPages';
import { SignInPage } from '../features/account/SignInPage';
import { RaiseConcernPage } from '../features/concerns/RaiseConcernPage';
import { MyConnectionsPage } from '../features/connections/MyConnectionsPage';
import { RecordConnectionPage } from '../features/connections/RecordConnectionPage';
import { AccessibilityPage, PrivacyPage } from '../features/pages/InformationPages';
import { NotFoundPage } from '../features/pages/StatusPages';
import { MapPage } from '../features/search/MapPage';
import { SearchPage } from '../features/search/SearchPage';
import { AssurancePage } from '../features/workspace/AssurancePage';
import { AttendanceReturnPage } from '../features/workspace/AttendanceReturnPage';
import { ListingFormPage } from '../features/workspace/ListingFormPage';
import { ListingPage } from '../features/workspace/ListingPage';
import { ListingsPage } from '../features/workspace/ListingsPage';
import { OrganisationsPage } from '../features/workspace/OrganisationsPage';
import { PauseListingPage } from '../features/workspace/PauseListingPage';
import { ReferralsPage } from '../features/workspace/ReferralsPage';
import { ReturnsPage } from '../features/workspace/ReturnsPage';
import { SustainabilityReturnPage } from '../features/workspace/SustainabilityReturnPage';
import { VenueFormPage } from '../features/workspace/VenueFormPage';
import { VenuesPage } from '../features/workspace/VenuesPage';
import { Layout } from './Layout';
import { RequireRole } from './RequireRole';

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

export function App() {
  return (
    <Layout>
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
        {WORKSPACE_ROUTES.map(([path, page]) => (
          <Route key={path} path={path} element={<RequireRole roles={['VCSE_LEADER', 'ADMIN']}>{page}</RequireRole>} />
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
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Layout>
  );
}
