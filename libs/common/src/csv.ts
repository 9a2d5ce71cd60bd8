import { applyDecorators, Get, Header } from '@nestjs/common';

/** RFC 4180 field: quoted when it holds a comma, quote or line break; formula starts neutralised. */
export function csvField(value: unknown): string {
  let text =
    value === null || value === undefined
      ? ''
      : value instanceof Date
        ? value.toISOString()
        : typeof value === 'object'
          ? JSON.stringify(value)
          : `${value as string | number | boolean}`;
  if (/^[=+\-@]/.test(text)) text = `'${text}`; // no spreadsheet formula injection
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: a header line and one line per row, CRLF-terminated (RFC 4180). */
export function csvTable(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A GET route answering a CSV download: the type, an attachment named `file`, and never cached. */
export function CsvGet(file: string): MethodDecorator {
  return applyDecorators(
    Get(file),
    Header('content-type', 'text/csv; charset=utf-8'),
    Header('content-disposition', `attachment; filename="${file}"`),
    Header('cache-control', 'private, no-store'),
  );
}
