/**
 * Every message the engine throws, in one frozen place (like fuse.js
 * `errorMessages.ts`): wording is reviewed and changed here, and tests match
 * on the error class, never on the text.
 */
export const ERROR_MESSAGES = Object.freeze({
  fingerprintMismatch: (a: string, b: string) =>
    `Cannot compare fingerprints made with different algorithms or parameters (${a} vs ${b}); recompute the older one from its text.`,
  invalidFingerprintParams: (reason: string) => `Invalid fingerprint parameters: ${reason}.`,
  invalidStoredFingerprint: (reason: string) => `Not a stored fingerprint: ${reason}.`,
});

/** Base of every error the engine throws on purpose, so callers can tell them from bugs. */
export class CrosscheckError extends Error {
  override name = 'CrosscheckError';
}

/**
 * Two fingerprints disagree on version or parameters. Their shingles live in
 * different hash spaces, so any similarity would be silently wrong: throwing
 * is the only honest answer (the caller re-fingerprints the stored text).
 */
export class FingerprintMismatchError extends CrosscheckError {
  override name = 'FingerprintMismatchError';
}

/** Parameters that cannot produce a usable fingerprint (e.g. bands × rows ≠ permutations). */
export class InvalidFingerprintParamsError extends CrosscheckError {
  override name = 'InvalidFingerprintParamsError';
}

/** Data handed to `fromStored` that is not a fingerprint this code can read. */
export class InvalidStoredFingerprintError extends CrosscheckError {
  override name = 'InvalidStoredFingerprintError';
}
