import { useEffect, useRef } from 'react';

export interface SummaryItem {
  /** The id of the control to move to (the first checkbox of a group: `${id}-0`). */
  target?: string;
  message: string;
}

/**
 * The NHS error summary: at the top of the page, focused when it appears so screen readers announce
 * it, each problem linking to its field.
 */
export function ErrorSummary({ items, title = 'There is a problem' }: { items: SummaryItem[]; title?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const key = items.map((i) => `${i.target}:${i.message}`).join('|');
  useEffect(() => {
    if (items.length) ref.current?.focus();
  }, [key, items.length]);
  if (!items.length) return null;
  return (
    <div className="nhsuk-error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-title">
      <div role="alert">
        <h2 className="nhsuk-error-summary__heading" id="error-summary-title">
          {title}
        </h2>
        <div className="nhsuk-error-summary__body">
          <ul className="nhsuk-list nhsuk-error-summary__list">
            {items.map((item) => (
              <li key={`${item.target}:${item.message}`}>
                {item.target ? (
                  <a
                    href={`#${item.target}`}
                    onClick={(e) => {
                      const field = document.getElementById(item.target!);
                      if (!field) return;
                      e.preventDefault();
                      field.scrollIntoView({ block: 'center' });
                      field.focus();
                    }}
                  >
                    {item.message}
                  </a>
                ) : (
                  item.message
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
