/** A figure about people as a report shows it: "withheld" when the api withheld it (a small number), never 0. */
export function withheld(value: number | null | undefined, format: (n: number) => string | number = String): string {
  return value === null || value === undefined ? 'withheld' : String(format(value));
}

export const percent = (share: number) => `${Math.round(share * 100)}%`;

/** A share (0–1) as a whole percentage for a chart; null (withheld or unknown) stays null, drawn as a gap. */
export const chartPercent = (share: number | null | undefined) => (share === null || share === undefined ? null : Math.round(share * 100));

/** The link to a report's CSV download (under /reports) with the page's filters. */
export function CsvLink({ report, query, what }: { report: string; query: string; what: string }) {
  return (
    <p>
      <a href={`/reports/${report}.csv${query ? `?${query}` : ''}`} download>
        Download {what} as CSV
      </a>
    </p>
  );
}
