import { MppError } from '../core/errors.js';

/** An `MppError` as its fields, to compare with `deep.equal` (chai compares errors by identity). */
export function comparableError(error: unknown) {
  if (!(error instanceof MppError)) throw error;
  return { code: error.code, message: error.message, details: error.details };
}
