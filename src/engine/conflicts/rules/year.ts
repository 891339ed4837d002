import type { Rule } from '../types.ts';
import { timeConflicts } from '../time/time-conflicts.ts';

/**
 * The same event put in different years: "Crimea, annexed in 2014" against "annexed … in 2020".
 */
export const yearRule: Rule = {
  name: 'year',
  internal: true,
  find: (a, b, internal) => timeConflicts(a, b, internal, 'year'),
};
