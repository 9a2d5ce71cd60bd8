import { ReactNode, useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

export const SERVICE_NAME = 'Community activities directory';

/** The first page a visitor lands on keeps the browser's own focus; later ones move it to their h1. */
let navigated = false;

/**
 * The page's one h1. It sets the document title and takes focus when the page changes, so a screen
 * reader user hears where they are after following a link (the browser would otherwise stay silent).
 */
export function PageHeading({
  children,
  title,
  caption,
  className = 'nhsuk-heading-l',
}: {
  children: ReactNode;
  title?: string;
  caption?: string;
  className?: string;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();
  const text = title ?? (typeof children === 'string' ? children : '');
  useEffect(() => {
    document.title = text ? `${text} – ${SERVICE_NAME}` : SERVICE_NAME;
  }, [text]);
  useEffect(() => {
    if (!navigated) {
      navigated = true;
      return;
    }
    if (document.activeElement === document.body || document.activeElement?.closest('a, button')) ref.current?.focus({ preventScroll: true });
  }, [pathname]);
  return (
    <h1 className={className} ref={ref} tabIndex={-1}>
      {caption && <span className="nhsuk-caption-l">{caption} </span>}
      {children}
    </h1>
  );
}

/** Sets the document title where the h1 comes from elsewhere (an error summary page, a panel). */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = `${title} – ${SERVICE_NAME}`;
  }, [title]);
}
