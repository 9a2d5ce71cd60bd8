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
