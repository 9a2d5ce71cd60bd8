import { createHmac } from 'node:crypto';

/** NHS numbers: 10 digits (spaces or dashes allowed) whose last digit is the modulus-11 check digit. */
export function looksLikeNhsNumber(text: string): boolean {
  for (const match of text.matchAll(/(?<!\d)(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?!\d)/g)) {
    const digits = (match[1] + match[2] + match[3]).split('').map(Number);
    const sum = digits.slice(0, 9).reduce((total, d, i) => total + d * (10 - i), 0);
    const check = 11 - (sum % 11);
    const expected = check === 11 ? 0 : check;
    if (check !== 10 && expected === digits[9]) return true;
  }
  return false;
}

export function looksLikeEmail(text: string): boolean {
  return /[^\s@]+@[^\s@]+\.[^\s@]+/.test(text);
}

/** Why a person reference must be refused, or undefined when it is an acceptable opaque reference. */
export function personReferenceProblem(reference: string): string | undefined {
  if (looksLikeNhsNumber(reference)) return 'must not be an NHS number: use an opaque reference of your own';
  if (looksLikeEmail(reference)) return 'must not be an email address: use an opaque reference of your own';
  if (!/^[A-Za-z0-9._-]{4,64}$/.test(reference)) return 'must be 4 to 64 letters, digits, dots, dashes or underscores (no names or notes)';
  return undefined;
}

/** Keyed, so the stored hash cannot be reversed by hashing guesses without the secret. */
export function hashPersonReference(reference: string, secret: string): string {
  return createHmac('sha256', secret).update(reference.trim().toUpperCase()).digest('hex');
}
