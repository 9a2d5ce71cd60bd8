/**
 * Recognisers for what identifies a person. Each works on text as typed: separators (spaces, dots,
 * dashes, underscores, slashes) between digits are ignored, so "943.476.5919" and "943_476_5919"
 * are the same NHS number.
 */

const SEPARATED_DIGITS = /\d(?:[\s._/-]*\d)+/g;

/** Runs of digits with any separators taken out, e.g. "943 476-5919" → "9434765919". */
function digitRuns(text: string): string[] {
  return [...text.matchAll(SEPARATED_DIGITS)].map((m) => m[0].replace(/\D/g, ''));
}

/** 10 digits whose last is the modulus-11 check digit of the first nine. */
export function isNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  const sum = [...digits.slice(0, 9)].reduce((total, d, i) => total + Number(d) * (10 - i), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

/**
 * In a reference a longer run may hold one (e.g. "ref9434765919x"), so `anywhere` looks at every
 * 10-digit window; in prose only a run of exactly ten digits counts, or lists of numbers would match.
 */
export function containsNhsNumber(text: string, anywhere = false): boolean {
  return digitRuns(text).some((run) => {
    if (!anywhere) return isNhsNumber(run);
    for (let i = 0; i + 10 <= run.length; i++) if (isNhsNumber(run.slice(i, i + 10))) return true;
    return false;
  });
}

/** UK phone numbers: 0 and 9–10 more digits, or +44 / 0044 and 9–10 more. */
export function containsPhoneNumber(text: string): boolean {
  const normalised = text.replace(/\+\s*44|\b0044/g, ' 0');
  return digitRuns(normalised).some((run) => /^0\d{9,10}$/.test(run) || /^0[1-37]\d{8,9}/.test(run));
}

export function containsEmail(text: string): boolean {
  return /[^\s@]+@[^\s@]+\.[^\s@]{2,}/.test(text);
}

/** National Insurance numbers: two letters, six digits, a letter A–D (separators allowed). */
export function containsNiNumber(text: string): boolean {
  return /(?<![A-Za-z])[A-Za-z]{2}[\s._-]?\d{2}[\s._-]?\d{2}[\s._-]?\d{2}[\s._-]?[A-Da-d](?![A-Za-z])/.test(text);
}

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

function plausibleDate(day: number, month: number, year: number): boolean {
  const fullYear = year < 100 ? (year > 30 ? 1900 + year : 2000 + year) : year;
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && fullYear >= 1900 && fullYear <= 2035;
}

/** A calendar date in any common form: 01/02/1980, 1.2.80, 1980-02-01, 01021980, 1 Feb 1980. */
export function containsDate(text: string): boolean {
  for (const m of text.matchAll(/(?<!\d)(\d{1,2})[\s./-](\d{1,2})[\s./-](\d{2}|\d{4})(?!\d)/g)) {
    if (plausibleDate(Number(m[1]), Number(m[2]), Number(m[3]))) return true;
  }
  // 1980-02-01 or 19800201: the same separator twice, or none ("2026-0107" is a reference, not a date).
  for (const m of text.matchAll(/(?<!\d)(\d{4})([\s./-]?)(\d{2})\2(\d{2})(?!\d)/g)) {
    if (plausibleDate(Number(m[4]), Number(m[3]), Number(m[1]))) return true;
  }
  for (const m of text.matchAll(/(?<!\d)(\d{2})(\d{2})(\d{4})(?!\d)/g)) {
    if (plausibleDate(Number(m[1]), Number(m[2]), Number(m[3]))) return true;
  }
  return new RegExp(`(?<!\\d)\\d{1,2}(?:st|nd|rd|th)?[\\s._-]*(?:${MONTHS})[\\s._-]*(?:\\d{2}|\\d{4})(?!\\d)`, 'i').test(text);
}

/** "DOB", "date of birth", "born on …" followed closely by a date or a year. */
export function containsDateOfBirth(text: string): boolean {
  const near = /\b(?:d\.?\s?o\.?\s?b\.?|date of birth|born(?: on| in)?|birthday)\b[^.\n]{0,25}/gi;
  for (const m of text.matchAll(near)) {
    if (containsDate(m[0]) || /\b(19|20)\d{2}\b/.test(m[0])) return true;
  }
  return false;
}

/** A title followed by a capitalised word: "Mr Smith", "Mrs. Khan", "Dr Patel". */
export function containsTitledName(text: string): boolean {
  return /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][a-z'-]+/.test(text);
}
