import type { Rule } from '../types.ts';
import { timeConflicts } from '../time/time-conflicts.ts';

/**
 * The same event on different days of the week: "talks on Monday" against "talks on Tuesday" or "a day
 * earlier" in an article dated Wednesday. Runs inside one article too.
 */
export const weekdayRule: Rule = {
  name: 'weekday',
  internal: true,
  find: (a, b, internal) => timeConflicts(a, b, internal, 'weekday'),
};
