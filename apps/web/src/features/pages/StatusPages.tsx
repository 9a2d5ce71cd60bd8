import { Link } from 'react-router';
import { PageHeading } from '../../components/page';
import { useSession } from '../../app/session';

export function NotFoundPage() {
  return (
    <>
      <PageHeading>Page not found</PageHeading>
      <p>If you typed the web address, check it is correct.</p>
      <p>If you pasted the web address, check you copied the entire address.</p>
      <p>
        <Link to="/">Find community activities</Link>
      </p>
    </>
  );
}

export function ForbiddenPage() {
  const { user } = useSession();
  return (
    <>
      <PageHeading>You cannot use this page</PageHeading>
      <p>This page is for other roles. You are signed in as {user?.email}.</p>
      <p>If you think you should be able to use it, ask your administrator.</p>
      <p>
        <Link to="/">Go to the start</Link>
      </p>
    </>
  );
}

/** When a page fails to load: say so plainly and offer a way back. */
export function ErrorPanel({ message, retry }: { message: string; retry?: () => void }) {
  return (
    <div className="nhsuk-card nhsuk-card--warning">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading">Sorry, there is a problem</h2>
        <p className="nhsuk-card__description">{message}</p>
        <p className="nhsuk-card__description">
          {retry && (
            <>
              <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" onClick={retry}>
                Try again
              </button>{' '}
            </>
          )}
          <Link to="/">Go to the start</Link>
        </p>
      </div>
    </div>
  );
}

export function ErrorPage({ message }: { message: string }) {
  return (
    <>
      <PageHeading>Sorry, there is a problem with the service</PageHeading>
      <ErrorPanel message={message} />
    </>
  );
}
