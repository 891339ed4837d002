/** Thrown for a message that does not match the protocol; its text names the bad field. */
export class InvalidMessageError extends Error {
  override name = 'InvalidMessageError';
}
