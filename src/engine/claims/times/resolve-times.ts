import type { Tense } from '../../nlp/tense.ts';
import type { TimeGranularity, TimeValue } from '../types.ts';
import { addDays, type CalendarDate, nearestWeekday, weekdayOf } from './calendar.ts';
import type { TimeMention } from './find-times.ts';

export interface ResolvedTime {
  gran: TimeGranularity;
  value: TimeValue;
  inferred: boolean;
}

const withDate = (c: CalendarDate): TimeValue => ({ y: c.y, m: c.m, d: c.d, wd: weekdayOf(c) });

/**
 * Resolves the time mentions of one sentence. A weekday gets a date only when
 * the tense says which way to look: in a past-tense clause "on Monday" is the
 * last Monday on or before the reference day, in a future one the next. "A day
 * earlier" counts from another time in the same sentence ("The Kremlin on
 * Wednesday … talks a day earlier" is Tuesday), else from the reference day.
 *
 * @example resolveTimes([monday], { y: 2022, m: 3, d: 30 }, () => 'past')
 *   // [{ gran: 'weekday', value: { wd: 1, y: 2022, m: 3, d: 28 }, inferred: false }]
 */
export function resolveTimes(
  mentions: readonly TimeMention[], reference: CalendarDate | null, tenseOf: (m: TimeMention) => Tense | null,
): (ResolvedTime | null)[] {
  const direct = mentions.map((m) => (m.base === 'anchor' ? null : resolveDirect(m, reference, tenseOf(m))));
  const anchor = direct.find((r) => r?.value.wd !== undefined && r.gran !== 'year');
  return mentions.map((m, i) => {
    if (m.base !== 'anchor') return direct[i] ?? null;
    if (anchor?.value.y !== undefined && anchor.value.m !== undefined && anchor.value.d !== undefined) {
      return { gran: 'weekday', value: withDate(addDays({ y: anchor.value.y, m: anchor.value.m, d: anchor.value.d }, m.amount)), inferred: true };
    }
    if (anchor?.value.wd !== undefined) return { gran: 'weekday', value: { wd: (((anchor.value.wd + m.amount) % 7) + 7) % 7 }, inferred: true };
    return reference ? { gran: 'weekday', value: withDate(addDays(reference, m.amount)), inferred: true } : null;
  });
}

function resolveDirect(m: TimeMention, reference: CalendarDate | null, tense: Tense | null): ResolvedTime | null {
  switch (m.kind) {
    case 'year':
      return { gran: 'year', value: { y: m.amount }, inferred: false };
    case 'weekday': {
      const back = m.qualifier === 'last' || (!m.qualifier && tense === 'past');
      const ahead = m.qualifier === 'next' || (!m.qualifier && tense === 'future');
      if (!reference || (!back && !ahead)) return { gran: 'weekday', value: { wd: m.amount }, inferred: false };
      const date = nearestWeekday(reference, m.amount, back ? -1 : 1, m.qualifier !== undefined && m.qualifier !== 'this');
      return { gran: 'weekday', value: withDate(date), inferred: false };
    }
    case 'relative-day':
      return reference ? { gran: 'weekday', value: withDate(addDays(reference, m.amount)), inferred: true } : null;
    case 'relative-month': {
      if (!reference) return null;
      const index = reference.y * 12 + reference.m - 1 + m.amount;
      return { gran: 'month', value: { y: Math.floor(index / 12), m: (index % 12) + 1 }, inferred: true };
    }
    case 'relative-year':
      return reference ? { gran: 'year', value: { y: reference.y + m.amount }, inferred: true } : null;
    case 'date':
    case 'month':
      return resolveCalendar(m, reference);
  }
}

function resolveCalendar(m: TimeMention, reference: CalendarDate | null): ResolvedTime | null {
  const f = m.fields;
  if (!f) return null;
  const value: TimeValue = { m: f.m, ...(f.y === undefined ? {} : { y: f.y }), ...(f.d === undefined ? {} : { d: f.d }) };
  // The weekday of a date without a year is still known from the reference
  // year (a date later than a month after the reference is last year's).
  const year = f.y ?? (reference ? (f.m > reference.m + 1 ? reference.y - 1 : reference.y) : undefined);
  if (f.d !== undefined && year !== undefined) value.wd = weekdayOf({ y: year, m: f.m, d: f.d });
  return { gran: f.d === undefined ? 'month' : 'date', value, inferred: false };
}
