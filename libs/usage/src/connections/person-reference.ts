import { createHmac } from 'node:crypto';
import { BadUserInputError, personReferenceProblem } from '@app/common';

/** Keyed, so the stored hash cannot be reversed by hashing guesses without the secret. */
export function hashPersonReference(reference: string, secret: string): string {
  return createHmac('sha256', secret).update(reference.trim().toUpperCase()).digest('hex');
}

/** The keyed hash of a reference that passes the personal-data screen; refused, naming the field, when it looks like personal data. */
export function screenedPersonHash(reference: string, secret: string): string {
  const problem = personReferenceProblem(reference.trim());
  if (problem) throw BadUserInputError.field('personReference', problem);
  return hashPersonReference(reference, secret);
}
