import type { Rule } from '../types.ts';
import { timeConflicts } from '../time/time-conflicts.ts';

/**
 * The same event on different calendar days or months: "signed on March 3" against "signed on March 5".
 */
export const dateRule: Rule = {
  name: 'date',
  internal: true,
  find: (a, b, internal) => timeConflicts(a, b, internal, 'date'),
};
