import { Route, Routes } from 'react-router';
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
import { Layout } from './Layout';
import { RequireRole } from './RequireRole';

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
