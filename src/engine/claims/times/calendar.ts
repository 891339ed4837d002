/** A day on the calendar, in the time zone the article was written in. */
export interface CalendarDate {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

const toMs = (c: CalendarDate): number => Date.UTC(c.y, c.m - 1, c.d);
const fromMs = (ms: number): CalendarDate => {
  const date = new Date(ms);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
};

/** 0 = Sunday. */
export function weekdayOf(c: CalendarDate): number {
  return new Date(toMs(c)).getUTCDay();
}

export function addDays(c: CalendarDate, days: number): CalendarDate {
  return fromMs(toMs(c) + days * DAY_MS);
}

export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return Math.round((toMs(b) - toMs(a)) / DAY_MS);
}

/**
 * The calendar date an ISO timestamp was written on, read from its own text
 * so that "2022-03-29T23:30:00-04:00" stays the 29th (the reporter's day), not
 * the 30th in UTC.
 *
 * @example calendarOfIso('2022-03-30T21:50:00+04:30') // { y: 2022, m: 3, d: 30 }
 */
export function calendarOfIso(iso: string | null): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!match) return null;
  const c = { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
  return c.m >= 1 && c.m <= 12 && c.d >= 1 && c.d <= 31 ? c : null;
}

/**
 * The closest date on `weekday` on or before (`direction` -1) or on or after
 * (+1) `from`; `strict` excludes `from` itself ("last Monday").
 */
export function nearestWeekday(from: CalendarDate, weekday: number, direction: -1 | 1, strict: boolean): CalendarDate {
  const today = weekdayOf(from);
  let delta = direction < 0 ? (today - weekday + 7) % 7 : (weekday - today + 7) % 7;
  if (strict && delta === 0) delta = 7;
  return addDays(from, direction * delta);
}
