/** Particles that negate the verb they sit before ("did not", "has never"). */
export const NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'cannot', 'nor']);

/**
 * Verbs whose complement is asserted to be false by their subject: "denied
 * bombing", "refused to negotiate", "failed to reach". The complement verb is
 * recorded as negated, held by the subject of the negating verb.
 */
export const NEGATING_VERBS: ReadonlySet<string> = new Set(['deny', 'refuse', 'decline', 'fail', 'reject']);

/**
 * Words that make a clause hypothetical or interrogative ("would" is not one:
 * in reported speech it is the future seen from the past). A negation inside
 * "if Russia does not withdraw" or "whether" is not an assertion at all.
 */
export const HEDGES: ReadonlySet<string> = new Set([
  'if', 'unless', 'whether', 'could', 'might', 'may', 'should', 'perhaps', 'possibly',
  'probably', 'allegedly', 'reportedly', 'maybe', 'seem', 'appear', 'hope', 'want', 'fear',
]);
