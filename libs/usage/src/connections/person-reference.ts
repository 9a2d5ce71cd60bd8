import { createHmac } from 'node:crypto';

/** Keyed, so the stored hash cannot be reversed by hashing guesses without the secret. */
export function hashPersonReference(reference: string, secret: string): string {
  return createHmac('sha256', secret).update(reference.trim().toUpperCase()).digest('hex');
}
