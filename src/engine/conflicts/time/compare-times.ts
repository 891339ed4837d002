import type { TimeClaim } from '../../claims/types.ts';
import { daysBetween } from '../../claims/times/calendar.ts';

export type TimeConflictType = 'year' | 'date' | 'weekday';

export interface TimeComparison {
  type: TimeConflictType;
  differs: boolean;
}

const full = (c: TimeClaim): { y: number; m: number; d: number } | null =>
  c.value.y !== undefined && c.value.m !== undefined && c.value.d !== undefined ? { y: c.value.y, m: c.value.m, d: c.value.d } : null;

/**
 * Compares two times at the finest precision both state. A bare year is only
 * compared with a stated year; a weekday with a weekday (or the weekday of a
 * date); dates field by field. A weekday resolved to a date is never compared
 * as a date: "on Monday" names a day of the week, not a calendar day.
 *
 * @example compareTimes(year(2014), year(2020)) // { type: 'year', differs: true }
 */
export function compareTimes(x: TimeClaim, y: TimeClaim): TimeComparison | null {
  if (x.rel !== y.rel) return null;
  const grans = new Set([x.gran, y.gran]);
  if (grans.has('year')) {
    const comparable = [x, y].every((c) => c.gran !== 'weekday' && c.value.y !== undefined);
    return comparable ? { type: 'year', differs: x.value.y !== y.value.y } : null;
  }
  if (grans.has('weekday')) {
    if (grans.has('month') || x.value.wd === undefined || y.value.wd === undefined) return null;
    // Two resolved days a week or more apart are two occurrences, not one
    // event dated twice ("talks on Monday" in articles a week apart).
    const fx = full(x);
    const fy = full(y);
    if (fx && fy && Math.abs(daysBetween(fx, fy)) >= 7) return null;
    return { type: 'weekday', differs: x.value.wd !== y.value.wd };
  }
  // Both are dates or months.
  if (x.value.m === undefined || y.value.m === undefined) return null;
  const yearDiffers = x.value.y !== undefined && y.value.y !== undefined && x.value.y !== y.value.y;
  const monthDiffers = x.value.m !== y.value.m;
  const dayDiffers = x.value.d !== undefined && y.value.d !== undefined && x.value.d !== y.value.d;
  if (yearDiffers && !monthDiffers && !dayDiffers) return { type: 'year', differs: true };
  return { type: 'date', differs: yearDiffers || monthDiffers || dayDiffers };
}
