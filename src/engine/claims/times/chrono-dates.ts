import * as chrono from 'chrono-node';
import { BOUND_PREPOSITIONS, MONTH_WORDS, SINCE_PREPOSITIONS } from '../../nlp/lexicon/time-words.ts';
import type { Sentence } from '../../nlp/tokens.ts';
import type { CalendarDate } from './calendar.ts';
import type { TimeMention } from './find-times.ts';

// chrono costs ~0.05 ms a sentence but has a large first-call cost and finds
// nothing without a month name or a numeric date, so it only sees sentences
// that pass this gate.
const NUMERIC_DATE = /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/;

/**
 * Dates with a month ("March 29", "29 March 2022", "March 2014", "2022-03-29")
 * in one sentence, as mentions over its tokens.
 *
 * @example findDates(sentence('Talks opened on March 29.'), null) // [{ kind: 'date', fields: { m: 3, d: 29 }, … }]
 */
export function findDates(sentence: Sentence, reference: CalendarDate | null): TimeMention[] {
  const hasMonth = sentence.tokens.some((t, i) => MONTH_WORDS.has(t.norm) && (t.norm !== 'may' || /^May$/.test(t.text)) && nearDigit(sentence, i));
  if (!hasMonth && !NUMERIC_DATE.test(sentence.text)) return [];
  const ref = reference ? new Date(Date.UTC(reference.y, reference.m - 1, reference.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  const found: TimeMention[] = [];
  for (const result of chrono.en.casual.parse(sentence.text, ref)) {
    const month = result.start.get('month');
    // chrono also reads "24 hours earlier" as a date; only a written month or
    // a numeric date is a date here (relative phrases are find-times' job).
    const written = result.text.split(/[^A-Za-z.]+/).some((w) => MONTH_WORDS.has(w.toLowerCase())) || NUMERIC_DATE.test(result.text);
    if (!result.start.isCertain('month') || month === null || !/\d/.test(result.text) || !written) continue;
    const from = sentence.tokens.findIndex((t) => t.start - sentence.start >= result.index);
    const endOffset = result.index + result.text.length;
    let to = sentence.tokens.findIndex((t) => t.start - sentence.start >= endOffset);
    if (to < 0) to = sentence.tokens.length;
    if (from < 0 || to <= from) continue;
    const prev = sentence.tokens[from - 1]?.norm ?? '';
    if (BOUND_PREPOSITIONS.has(prev)) continue;
    const day = result.start.isCertain('day') ? result.start.get('day') : null;
    const year = result.start.isCertain('year') ? result.start.get('year') : null;
    found.push({
      from, to, kind: day === null ? 'month' : 'date', amount: 0,
      fields: { m: month, ...(day === null ? {} : { d: day }), ...(year === null ? {} : { y: year }) },
      rel: SINCE_PREPOSITIONS.has(prev) ? 'since' : 'at',
    });
  }
  return found;
}

function nearDigit(sentence: Sentence, i: number): boolean {
  return [i - 2, i - 1, i + 1, i + 2].some((k) => /^\d/.test(sentence.tokens[k]?.text ?? ''));
}
