import { ReactNode } from 'react';

export interface Column {
  heading: string;
  /** Right-aligned, for figures. */
  numeric?: boolean;
}

/**
 * An NHS responsive table: columns on a wide screen; on a phone each row becomes a card with the
 * column heading beside each value.
 */
export function DataTable({ caption, columns, rows, captionHidden }: { caption: string; columns: Column[]; rows: ReactNode[][]; captionHidden?: boolean }) {
  return (
    <table className="nhsuk-table-responsive">
      <caption className={`nhsuk-table__caption${captionHidden ? ' nhsuk-u-visually-hidden' : ''}`}>{caption}</caption>
      <thead className="nhsuk-table__head" role="rowgroup">
        <tr className="nhsuk-table__row" role="row">
          {columns.map((c) => (
            <th key={c.heading} scope="col" role="columnheader" className={`nhsuk-table__header${c.numeric ? ' nhsuk-table__header--numeric' : ''}`}>
              {c.heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {rows.map((row, i) => (
          <tr key={i} className="nhsuk-table__row" role="row">
            {row.map((cell, j) => (
              <td key={j} role="cell" className={`nhsuk-table__cell${columns[j]?.numeric ? ' nhsuk-table__cell--numeric' : ''}`}>
                <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                  {columns[j]?.heading}{' '}
                </span>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
