/**
 * UK postcodes: "M1 1AE" is outward code "M1" + inward code "1AE". We accept any spacing and case.
 * Pattern after the Royal Mail format (A9 9AA, A99 9AA, AA9 9AA, AA99 9AA, A9A 9AA, AA9A 9AA).
 */
const FULL = /^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})$/;
const OUTWARD = /^[A-Z]{1,2}[0-9][A-Z0-9]?$/;

function squash(input: string): string {
  return input.trim().toUpperCase().replace(/\s+/g, ' ');
}

/** "m11ae" → "M1 1AE"; undefined when it is not a full UK postcode. */
export function normalisePostcode(input: string): string | undefined {
  const match = FULL.exec(
    squash(input)
      .replace(/ /g, '')
      .replace(/^(.+)(.{3})$/, '$1 $2'),
  );
  return match ? `${match[1]} ${match[2]}` : undefined;
}

export function isFullPostcode(input: string): boolean {
  return normalisePostcode(input) !== undefined;
}

/** The outward code of a full postcode ("M1 1AE" → "M1") or of a bare outward code ("m1" → "M1"). */
export function outwardCode(input: string): string | undefined {
  const full = normalisePostcode(input);
  if (full) return full.split(' ')[0];
  const bare = squash(input);
  return OUTWARD.test(bare) ? bare : undefined;
}
