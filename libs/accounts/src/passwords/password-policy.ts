// 49 000 passwords seen most often in breaches (zxcvbn-ts's list, MIT).
import COMMON_PASSWORDS from '@zxcvbn-ts/language-common/src/passwords.json';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

const common = new Set(COMMON_PASSWORDS.map((p) => p.toLowerCase()));

/**
 * Why a new password is refused (NCSC guidance: length over complexity, and no password that is
 * already on attackers' lists), or undefined when it is acceptable.
 */
export function passwordProblem(password: string, email?: string): string | undefined {
  if (password.length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  if (!password.trim()) return 'must not be only spaces';
  const lower = password.toLowerCase();
  if (common.has(lower) || common.has(lower.replace(/\s+/g, ''))) return 'is too common: attackers try it first. Choose three or more random words';
  if (new Set(lower).size < 4) return 'repeats too few characters: choose three or more random words';
  if (email && lower.includes(email.toLowerCase().split('@')[0]) && email.split('@')[0].length >= 4) return 'must not contain your email address';
  return undefined;
}
