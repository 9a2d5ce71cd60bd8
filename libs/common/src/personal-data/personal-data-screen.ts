import { COMMON_NAMES } from './names';
import { containsDate, containsDateOfBirth, containsEmail, containsNhsNumber, containsNiNumber, containsPhoneNumber, containsTitledName } from './identifiers';

/**
 * Why a person reference must be refused, or undefined when it is an acceptable opaque reference:
 * 4–64 letters, digits, dots, dashes or underscores, with at least one digit, and nothing that
 * identifies a person (NHS, phone or National Insurance number, date, email, name).
 */
export function personReferenceProblem(reference: string): string | undefined {
  if (containsNhsNumber(reference, true)) return 'must not be an NHS number: use an opaque reference of your own';
  if (containsEmail(reference)) return 'must not be an email address: use an opaque reference of your own';
  if (containsPhoneNumber(reference)) return 'must not be a phone number: use an opaque reference of your own';
  if (containsNiNumber(reference)) return 'must not be a National Insurance number: use an opaque reference of your own';
  if (containsDate(reference)) return 'must not contain a date such as a date of birth: use an opaque reference of your own';
  if (!/^[A-Za-z0-9._-]{4,64}$/.test(reference)) return 'must be 4 to 64 letters, digits, dots, dashes or underscores (no names or notes)';
  if (!/\d/.test(reference)) return 'must include at least one digit, so it cannot be a name (e.g. LW-0042)';
  if (nameParts(reference).some((part) => COMMON_NAMES.has(part))) return 'must not contain a name: use an opaque reference of your own';
  return undefined;
}

/** Alphabetic parts of a reference: split at separators, digits and lower→upper case changes. */
function nameParts(reference: string): string[] {
  return reference
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z]+/)
    .filter((part) => part.length >= 3)
    .map((part) => part.toLowerCase());
}

/**
 * Why free text about a group (a concern, a reason) must be refused because it identifies a person,
 * or undefined. Dates on their own are allowed ("on 3 March the session…"); dates of birth are not.
 */
export function personalDataInTextProblem(text: string): string | undefined {
  if (containsNhsNumber(text)) return 'must not contain an NHS number';
  if (containsEmail(text)) return 'must not contain an email address';
  if (containsPhoneNumber(text)) return 'must not contain a phone number';
  if (containsNiNumber(text)) return 'must not contain a National Insurance number';
  if (containsDateOfBirth(text)) return 'must not contain a date of birth';
  if (containsTitledName(text)) return 'must not name people (e.g. "Mr Smith"): describe roles instead, such as "a volunteer"';
  return undefined;
}
