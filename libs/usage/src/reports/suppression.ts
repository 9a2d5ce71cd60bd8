/** Counts about people from 1 to 4 could single someone out: they are withheld. */
export const SUPPRESS_BELOW = 5;

export function isDisclosive(count: number | null | undefined): boolean {
  return typeof count === 'number' && count >= 1 && count < SUPPRESS_BELOW;
}

/** Withholds every disclosive count in a row (null) and flags the row. */
export function suppress<T extends Record<string, unknown>>(row: T, peopleCounts: (keyof T)[]): T & { suppressed: boolean } {
  const out: Record<string, unknown> = { ...row };
  let suppressed = false;
  for (const key of peopleCounts) {
    if (isDisclosive(row[key] as number)) {
      out[key as string] = null;
      suppressed = true;
    }
  }
  return { ...(out as T), suppressed };
}
