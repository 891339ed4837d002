import type { TimeClaim } from '../../claims/types.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../nlp/lexicon/time-words.ts';
import type { TimeConflictType } from './compare-times.ts';

/**
 * The value shown for one side of a time conflict: what the article says in
 * the terms being compared, with the written words when they were inferred
 * from ("Tuesday (a day earlier)", "March 29 (a Tuesday)").
 *
 * @example formatTime(mondayClaim, 'weekday') // 'Monday'
 */
export function formatTime(c: TimeClaim, type: TimeConflictType): string {
  const v = c.value;
  const month = v.m === undefined ? '' : MONTH_NAMES[v.m - 1] ?? '';
  const weekday = v.wd === undefined ? '' : WEEKDAY_NAMES[v.wd] ?? '';
  let shown: string;
  if (type === 'year') shown = String(v.y ?? '');
  else if (type === 'weekday') shown = c.gran === 'date' ? `${weekday} (${month} ${v.d ?? ''})` : weekday;
  else shown = [month, v.d, v.y].filter((p) => p !== undefined && p !== '').join(' ').replace(/^(\w+) (\d+) (\d{4})$/, '$1 $2, $3');
  return c.inferred ? `${shown} (${c.raw})` : shown;
}
