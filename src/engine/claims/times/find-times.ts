import { BOUND_PREPOSITIONS, SINCE_PREPOSITIONS, WEEKDAYS } from '../../nlp/lexicon/time-words.ts';
import type { Token } from '../../nlp/tokens.ts';

/** A time expression found in a sentence, before resolution. */
export interface TimeMention {
  from: number;
  to: number;
  kind: 'weekday' | 'year' | 'relative-day' | 'relative-month' | 'relative-year' | 'date' | 'month';
  /** weekday: 0-6; relative-*: offset in days/months/years; year: the year. */
  amount: number;
  /** relative-day: counted from the reference date ("yesterday") or from another time in the sentence ("a day earlier"). */
  base?: 'reference' | 'anchor';
  /** weekday qualifier: "last Monday" is strictly before, "next Monday" strictly after. */
  qualifier?: 'last' | 'next' | 'this';
  /** Calendar fields stated (dates found by chrono). */
  fields?: { y?: number; m: number; d?: number };
  rel: 'at' | 'since';
}

const NUMBER_WORDS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
const BEFORE_WORDS = new Set(['earlier', 'before', 'previously']);
const AFTER_WORDS = new Set(['later', 'after']);
// Named days that are not the weekday ("Black Friday", "Super Tuesday").
const isNamedDay = (prev: Token | undefined): boolean =>
  (prev?.pos === 'PROPN' || prev?.pos === 'ADJ') && /^\p{Lu}/u.test(prev.text) && !/^(last|next|this|on|early|late)$/.test(prev.norm);

/**
 * Weekdays, years and relative expressions of one sentence, by token patterns
 * (chrono is kept for month-name dates, where it earns its cost). Expressions
 * after a bounding preposition ("by 2030", "until Monday") are skipped: they
 * bound an event instead of dating it.
 *
 * @example findTimes(tokens('Talks were held on Monday')) // [{ kind: 'weekday', amount: 1, … }]
 */
export function findTimes(tokens: readonly Token[]): TimeMention[] {
  const found: TimeMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1];
    // In "after Tuesday's talks" the preposition governs the talks, not the day.
    const possessive = /^['’]s$/.test(tokens[i + 1]?.text ?? '');
    const rel = SINCE_PREPOSITIONS.has(prev?.norm ?? '') && !possessive ? 'since' : 'at';
    if (BOUND_PREPOSITIONS.has(prev?.norm ?? '') && !possessive) continue;
    const weekday = WEEKDAYS.indexOf(t.norm);
    if (weekday >= 0 && !isNamedDay(prev)) {
      const q = prev?.norm;
      const qualifier = q === 'last' || q === 'next' || q === 'this' ? q : undefined;
      found.push({ from: qualifier ? i - 1 : i, to: i + 1, kind: 'weekday', amount: weekday, ...(qualifier ? { qualifier } : {}), rel });
    } else if (/^(19|20)\d\d$/.test(t.text) && t.pos === 'NUM' && isYear(tokens, i)) {
      found.push({ from: i, to: i + 1, kind: 'year', amount: Number(t.text), rel });
    } else {
      const relative = relativeAt(tokens, i);
      if (relative) {
        found.push({ ...relative, rel });
        i = relative.to - 1;
      }
    }
  }
  return found;
}

function isYear(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // "2000 troops" is a count; "$2020", "2020%" and "2014-2022" are not an event's year.
  if (next?.pos === 'NOUN' && next.norm.endsWith('s')) return false;
  if (prev?.pos === 'SYM' || next?.text === '%' || /^[-–]$/.test(next?.text ?? '') || /^[-–]$/.test(prev?.text ?? '')) return false;
  return true;
}

function relativeAt(tokens: readonly Token[], i: number): Omit<TimeMention, 'rel'> | null {
  const w = (k: number): string => tokens[i + k]?.norm ?? '';
  const day = (amount: number, to: number, base: 'reference' | 'anchor'): Omit<TimeMention, 'rel'> => ({ from: i, to, kind: 'relative-day', amount, base });
  switch (w(0)) {
    case 'yesterday': return day(-1, i + 1, 'reference');
    case 'today': case 'tonight': return day(0, i + 1, 'reference');
    case 'tomorrow': return day(1, i + 1, 'reference');
  }
  if (w(0) === 'this' && /^(morning|afternoon|evening)$/.test(w(1))) return day(0, i + 2, 'reference');
  if ((w(0) === 'last' || w(0) === 'next') && /^(month|year)$/.test(w(1))) {
    return { from: i, to: i + 2, kind: w(1) === 'month' ? 'relative-month' : 'relative-year', amount: w(0) === 'last' ? -1 : 1 };
  }
  if (w(0) === 'this' && /^(month|year)$/.test(w(1))) {
    return { from: i, to: i + 2, kind: w(1) === 'month' ? 'relative-month' : 'relative-year', amount: 0 };
  }
  // "the day before", "the previous day", "a day earlier", "two days ago".
  if ((w(0) === 'the' && (w(1) === 'previous' || w(1) === 'following') && w(2) === 'day')) {
    return day(w(1) === 'previous' ? -1 : 1, i + 3, 'anchor');
  }
  const count = w(0) === 'the' ? 1 : NUMBER_WORDS[w(0)] ?? (/^\d$/.test(w(0)) ? Number(w(0)) : undefined);
  // "the day before the talks" counts from the talks, not from the sentence's time.
  const governs = /^(DET|NOUN|PROPN|NUM|PRON)$/.test(tokens[i + 3]?.pos ?? '');
  if (count !== undefined && /^days?$/.test(w(1)) && !governs) {
    if (w(2) === 'ago') return day(-count, i + 3, 'reference');
    if (BEFORE_WORDS.has(w(2))) return day(-count, i + 3, 'anchor');
    if (AFTER_WORDS.has(w(2))) return day(count, i + 3, 'anchor');
  }
  return null;
}
