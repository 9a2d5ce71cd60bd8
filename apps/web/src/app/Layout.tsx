import { FormEvent, ReactNode } from 'react';
import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import { SERVICE_NAME } from '../components/page';
import { NAV_ITEMS } from './navigation-items';
import { useSession } from './session';
import { ROLE_NAMES } from './roles';

const NhsLogo = () => (
  <svg
    className="nhsuk-header__logo"
    xmlns="http://www.w3.org/2000/svg"
    viewBox="0 0 200 80"
    height="40"
    width="100"
    focusable="false"
    role="img"
    aria-label="NHS"
  >
    <title>NHS</title>
    <path
      fill="currentcolor"
      d="M200 0v80H0V0h200Zm-27.5 5.5c-14.5 0-29 5-29 22 0 10.2 7.7 13.5 14.7 16.3l.7.3c5.4 2 10.1 3.9 10.1 8.4 0 6.5-8.5 7.5-14 7.5s-12.5-1.5-16-3.5L135 70c5.5 2 13.5 3.5 20 3.5 15.5 0 32-4.5 32-22.5 0-19.5-25.5-16.5-25.5-25.5 0-5.5 5.5-6.5 12.5-6.5a35 35 0 0 1 14.5 3l4-13.5c-4.5-2-12-3-20-3Zm-131 2h-22l-14 65H22l9-45h.5l13.5 45h21.5l14-65H64l-9 45h-.5l-13-45Zm63 0h-18l-13 65h17l6-28H117l-5.5 28H129l13.5-65H125L119.5 32h-20l5-24.5Z"
    />
  </svg>
);

/** NHS header (service name, account, navigation by role), main content and footer. */
export function Layout({ children }: { children: ReactNode }) {
  const { user, ended, hasRole, signOut } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const items = NAV_ITEMS.filter((item) => !item.roles || (user && hasRole(...item.roles)));

  const onSignOut = async (event: FormEvent) => {
    event.preventDefault();
    // Leave the signed-in page first, so it does not ask the person to sign in again.
    void navigate('/sign-in?reason=signed-out');
    await signOut();
  };

  return (
    <>
      <a className="nhsuk-skip-link" href="#maincontent">
        Skip to main content
      </a>
      <header className="nhsuk-header" role="banner">
        <div className="nhsuk-header__container nhsuk-width-container">
          <div className="nhsuk-header__service">
            <Link className="nhsuk-header__service-logo" to="/" aria-label={`NHS ${SERVICE_NAME} homepage`}>
              <NhsLogo />
              <span className="nhsuk-header__service-name">{SERVICE_NAME}</span>
            </Link>
          </div>
          <nav className="nhsuk-header__account" aria-label="Account">
            <ul className="nhsuk-header__account-list">
              {user ? (
                <>
                  <li className="nhsuk-header__account-item">
                    <Link className="nhsuk-header__account-link" to="/account">
                      {user.email}
                      <span className="nhsuk-u-visually-hidden"> ({ROLE_NAMES[user.role]})</span>
                    </Link>
                  </li>
                  <li className="nhsuk-header__account-item">
                    <form className="nhsuk-header__account-form" onSubmit={onSignOut} noValidate>
                      <button className="nhsuk-header__account-button" type="submit">
                        Sign out
                      </button>
                    </form>
                  </li>
                </>
              ) : (
                <li className="nhsuk-header__account-item">
                  <Link className="nhsuk-header__account-link" to="/sign-in">
                    Sign in
                  </Link>
                </li>
              )}
            </ul>
          </nav>
        </div>
        <nav className="nhsuk-header__navigation" aria-label="Menu">
          <div className="nhsuk-header__navigation-container nhsuk-width-container">
            <ul className="nhsuk-header__navigation-list">
              {items.map((item) => (
                <li className="nhsuk-header__navigation-item" key={item.to}>
                  <NavLink className="nhsuk-header__navigation-link" to={item.to} end={item.to === '/'}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </div>
        </nav>
      </header>
      <div className="nhsuk-width-container">
        <main className="nhsuk-main-wrapper" id="maincontent" role="main">
          {ended && !user && !location.pathname.startsWith('/sign-in') && (
            <div className="nhsuk-inset-text">
              <span className="nhsuk-u-visually-hidden">Information: </span>
              <p>
                Your session has ended.{' '}
                <Link to={`/sign-in?reason=ended&returnTo=${encodeURIComponent(location.pathname + location.search)}`}>Sign in again</Link> to carry on.
              </p>
            </div>
          )}
          {children}
        </main>
      </div>
      <footer className="nhsuk-footer" role="contentinfo">
        <div className="nhsuk-width-container">
          <div className="nhsuk-footer__meta">
            <h2 className="nhsuk-u-visually-hidden">Support links</h2>
            <ul className="nhsuk-footer__list">
              <li className="nhsuk-footer__list-item">
                <Link className="nhsuk-footer__list-item-link" to="/accessibility">
                  Accessibility statement
                </Link>
              </li>
              <li className="nhsuk-footer__list-item">
                <Link className="nhsuk-footer__list-item-link" to="/privacy">
                  Privacy
                </Link>
              </li>
              <li className="nhsuk-footer__list-item">
                <a className="nhsuk-footer__list-item-link" href="/openreferral/v3/">
                  Open data (Open Referral UK)
                </a>
              </li>
            </ul>
            <p className="nhsuk-body-s">Listings are checked by the local assurance team. Always check details with the group before a first visit.</p>
            <p className="nhsuk-body-s">
              Postcode locations contain OS data © Crown copyright and database right, Royal Mail data © Royal Mail copyright and database right, and National
              Statistics data © Crown copyright and database right (Open Government Licence v3.0).
            </p>
          </div>
        </div>
      </footer>
    </>
  );
}
