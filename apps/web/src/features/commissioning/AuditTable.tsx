import { graphql } from '../../gql';
import type { AuditRowFragment } from '../../gql/graphql';
import { DataTable } from '../../components/table';
import { longDate, time } from '../search/format';

graphql(`
  fragment AuditRow on AuditEvent {
    id
    at
    action
    entityType
    details
    actor {
      id
      email
    }
  }
`);

/** "ASSESSMENT_DECIDED" → "Assessment decided". */
export const actionName = (action: string) => action.charAt(0) + action.slice(1).toLowerCase().replace(/_/g, ' ');

/** The details the audit recorded, as "key: value" pairs, without JSON punctuation. */
function detailText(details: string | null | undefined): string {
  if (!details) return '';
  try {
    return Object.entries(JSON.parse(details) as Record<string, unknown>)
      .filter(([, v]) => v !== null && v !== undefined && v !== '')
      .map(
        ([k, v]) =>
          `${k}: ${Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(', ') : typeof v === 'string' ? v : JSON.stringify(v)}`,
      )
      .join('; ');
  } catch {
    return details;
  }
}

const when = (iso: string) =>
  `${longDate(iso)} ${time(new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' }))}`;

/** Audit events, oldest first, as a table. */
export function AuditTable({ events: rows, caption }: { events: readonly AuditRowFragment[]; caption: string }) {
  if (!rows.length) return <p>No events.</p>;
  return (
    <DataTable
      caption={caption}
      captionHidden
      columns={[{ heading: 'When' }, { heading: 'What' }, { heading: 'Who' }, { heading: 'Details' }]}
      rows={rows.map((e) => [
        when(e.at),
        actionName(e.action),
        e.actor?.email ?? 'The system',
        <span key="d" className="nhsuk-body-s">
          {detailText(e.details)}
        </span>,
      ])}
    />
  );
}
