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

// Words a relative expression can start with; any other token is skipped at
// once (this runs on every token of every sentence).
const RELATIVE_STARTS: ReadonlySet<string> = new Set([
  'yesterday', 'today', 'tonight', 'tomorrow', 'this', 'last', 'next', 'the', ...Object.keys(NUMBER_WORDS),
]);

// Plain functions, not closures made per token: the CLI runs under tsx, whose
// keepNames wrapper makes every closure creation a defineProperty call.
const normAt = (tokens: readonly Token[], k: number): string => tokens[k]?.norm ?? '';

function dayMention(from: number, to: number, amount: number, base: 'reference' | 'anchor'): Omit<TimeMention, 'rel'> {
  return { from, to, kind: 'relative-day', amount, base };
}

function relativeAt(tokens: readonly Token[], i: number): Omit<TimeMention, 'rel'> | null {
  const w0 = normAt(tokens, i);
  if (!RELATIVE_STARTS.has(w0) && !/^\d$/.test(w0)) return null;
  const w1 = normAt(tokens, i + 1);
  const w2 = normAt(tokens, i + 2);
  switch (w0) {
    case 'yesterday': return dayMention(i, i + 1, -1, 'reference');
    case 'today': case 'tonight': return dayMention(i, i + 1, 0, 'reference');
    case 'tomorrow': return dayMention(i, i + 1, 1, 'reference');
  }
  if (w0 === 'this' && /^(morning|afternoon|evening)$/.test(w1)) return dayMention(i, i + 2, 0, 'reference');
  if ((w0 === 'last' || w0 === 'next') && /^(month|year)$/.test(w1)) {
    return { from: i, to: i + 2, kind: w1 === 'month' ? 'relative-month' : 'relative-year', amount: w0 === 'last' ? -1 : 1 };
  }
  if (w0 === 'this' && /^(month|year)$/.test(w1)) {
    return { from: i, to: i + 2, kind: w1 === 'month' ? 'relative-month' : 'relative-year', amount: 0 };
  }
  // "the day before", "the previous day", "a day earlier", "two days ago".
  if ((w0 === 'the' && (w1 === 'previous' || w1 === 'following') && w2 === 'day')) {
    return dayMention(i, i + 3, w1 === 'previous' ? -1 : 1, 'anchor');
  }
  const count = w0 === 'the' ? 1 : NUMBER_WORDS[w0] ?? (/^\d$/.test(w0) ? Number(w0) : undefined);
  // "the day before the talks" counts from the talks, not from the sentence's time.
  const governs = /^(DET|NOUN|PROPN|NUM|PRON)$/.test(tokens[i + 3]?.pos ?? '');
  if (count !== undefined && /^days?$/.test(w1) && !governs) {
    if (w2 === 'ago') return dayMention(i, i + 3, -count, 'reference');
    if (BEFORE_WORDS.has(w2)) return dayMention(i, i + 3, -count, 'anchor');
    if (AFTER_WORDS.has(w2)) return dayMention(i, i + 3, count, 'anchor');
  }
  return null;
}
