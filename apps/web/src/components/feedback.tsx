import { ReactNode, useEffect, useRef } from 'react';

/** A success message after something was done, or an important notice; takes focus when it is news. */
export function NotificationBanner({
  title,
  heading,
  children,
  success,
  focus,
}: {
  title?: string;
  heading?: ReactNode;
  children?: ReactNode;
  success?: boolean;
  focus?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <div
      className={`nhsuk-notification-banner${success ? ' nhsuk-notification-banner--success' : ''}`}
      role={success ? 'alert' : 'region'}
      aria-labelledby="notification-banner-title"
      tabIndex={-1}
      ref={ref}
    >
      <div className="nhsuk-notification-banner__header">
        <h2 className="nhsuk-notification-banner__title" id="notification-banner-title">
          {title ?? (success ? 'Success' : 'Important')}
        </h2>
      </div>
      <div className="nhsuk-notification-banner__content">
        {heading && <p className="nhsuk-notification-banner__heading">{heading}</p>}
        {children}
      </div>
    </div>
  );
}

export function WarningCallout({ heading = 'Important', children }: { heading?: string; children: ReactNode }) {
  return (
    <div className="nhsuk-card nhsuk-card--warning">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading">
          <span role="text">
            <span className="nhsuk-u-visually-hidden">Important: </span>
            {heading}
          </span>
        </h2>
        {children}
      </div>
    </div>
  );
}

export function InsetText({ children }: { children: ReactNode }) {
  return (
    <div className="nhsuk-inset-text">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      {children}
    </div>
  );
}

export function Panel({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="nhsuk-panel">
      <h1 className="nhsuk-panel__title" tabIndex={-1}>
        {title}
      </h1>
      {children && <div className="nhsuk-panel__body">{children}</div>}
    </div>
  );
}

/** While something loads: a polite status for screen readers, and text for everyone. */
export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p className="nhsuk-body app-loading" role="status" aria-live="polite">
      {what}…
    </p>
  );
}
