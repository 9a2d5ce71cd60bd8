import { BadUserInputError } from '@app/common';
import { outwardCode } from './postcode';
import { Coordinates, outcodeCentroid } from './outcode-table';

export interface PostcodeLocation extends Coordinates {
  outcode: string;
}

/**
 * Locates a full postcode or an outward code offline, at the outward code's centroid.
 * `field` names the input field in the error a user sees.
 */
export function locatePostcode(input: string, field = 'postcode'): PostcodeLocation {
  const outcode = outwardCode(input);
  if (!outcode) throw BadUserInputError.field(field, `"${input}" is not a UK postcode`);
  const centroid = outcodeCentroid(outcode);
  if (!centroid) throw BadUserInputError.field(field, `postcode area ${outcode} is not known`);
  return { outcode, ...centroid };
}
