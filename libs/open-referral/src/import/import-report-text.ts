import type { Counts, ImportReport } from './oruk-importer';

const SHOWN = 5;
const line = (label: string, c: Counts) =>
  `${label.padEnd(14)} created ${c.created}, updated ${c.updated}, skipped (unchanged) ${c.skipped}, invalid ${c.invalid}`;
const place = (r: { where: string; id: string }) => `${r.where}${r.id ? ` id ${r.id}` : ''}`;

/**
 * The import report as people read it at the end of import-oruk. Every invalid record is listed;
 * notes that many records share (a feed that never uses our needs, say) are listed once, with how
 * many records and the first few of them.
 */
export function importReportText(report: ImportReport): string {
  const out = [`Imported from ${report.source}`, line('services', report.services), line('organizations', report.organizations)];
  if (report.unknownTerms.length) {
    out.push(`taxonomy terms not in our taxonomies, kept (${report.unknownTerms.length}):`);
    for (const t of report.unknownTerms) out.push(`  - ${t.name}${t.taxonomy ? ` (${t.taxonomy})` : ''} [${t.id}]`);
  }
  if (report.invalid.length) {
    out.push(`invalid records, not imported (${report.invalid.length}):`);
    for (const r of report.invalid) out.push(`  - ${place(r)}: ${r.reasons.join('; ')}`);
  }
  if (report.warnings.length) {
    const byMessage = new Map<string, { where: string; id: string }[]>();
    for (const w of report.warnings) byMessage.set(w.message, [...(byMessage.get(w.message) ?? []), w]);
    out.push(`imported with notes (${report.warnings.length}):`);
    for (const [message, records] of byMessage) {
      if (records.length === 1) out.push(`  - ${place(records[0])}: ${message}`);
      else {
        const more = records.length > SHOWN ? `, and ${records.length - SHOWN} more` : '';
        out.push(`  - ${message} — ${records.length} records: ${records.slice(0, SHOWN).map(place).join('; ')}${more}`);
      }
    }
  }
  return out.join('\n');
}
