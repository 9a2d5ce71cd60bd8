import type { Counts, ImportReport } from './oruk-importer';

const line = (label: string, c: Counts) => `${label.padEnd(14)} created ${c.created}, updated ${c.updated}, skipped (unchanged) ${c.skipped}, invalid ${c.invalid}`;

/** The import report as people read it at the end of import-oruk. */
export function importReportText(report: ImportReport): string {
  const out = [`Imported from ${report.source}`, line('services', report.services), line('organizations', report.organizations)];
  if (report.unknownTerms.length) {
    out.push(`taxonomy terms not in our taxonomies, kept (${report.unknownTerms.length}):`);
    for (const t of report.unknownTerms) out.push(`  - ${t.name}${t.taxonomy ? ` (${t.taxonomy})` : ''} [${t.id}]`);
  }
  if (report.invalid.length) {
    out.push(`invalid records, not imported (${report.invalid.length}):`);
    for (const r of report.invalid) out.push(`  - ${r.where}${r.id ? ` id ${r.id}` : ''}: ${r.reasons.join('; ')}`);
  }
  if (report.warnings.length) {
    out.push(`imported with notes (${report.warnings.length}):`);
    for (const w of report.warnings) out.push(`  - ${w.where}${w.id ? ` id ${w.id}` : ''}: ${w.message}`);
  }
  return out.join('\n');
}
