import { type CalendarDate } from './times/calendar.ts';
import { MONTH_NAMES } from '../nlp/lexicon/time-words.ts';

const MONTH = `(?:${MONTH_NAMES.map((m) => m.slice(0, 3)).join('|')})[a-z]*\\.?`;
const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?';
// A line that is only a date ("Wednesday 30 March 2022 - 21:50", "date 2022-03-30",
// "March 30, 2022"), as pages and plain-text exports put above the body.
const DATE_LINE = new RegExp(
  `^(?:date\\s+)?(?:${WEEKDAY}\\s+)?(?:(\\d{4})-(\\d{2})-(\\d{2})|(\\d{1,2})\\s+(${MONTH}),?\\s+(\\d{4})|(${MONTH})\\s+(\\d{1,2}),?\\s+(\\d{4}))\\b[\\s\\-–—:0-9APMapm.|]*$`,
);
// A wire dateline opening the first paragraph: "KYIV, March 30 (Reuters) - ",
// "MOSCOW (AP) — ", "Kyiv, March 30 — ", "Feb. 7 (UPI) — ". It dates the story and is not a claim
// about any event. A title-case place needs a date or an agency after it, so
// that an ordinary opening ("Russia — the largest…") is never cut.
const DATE_PART = `,\\s*(?:${WEEKDAY}\\s+)?(?:${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH})(?:,?\\s+\\d{4})?`;
const AGENCY = '\\s*\\([^)]{1,40}\\)';
const DASH = '\\s*[-–—]+\\s+(?=\\p{Lu})';
const BARE_DATE = `(?:${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH})(?:,?\\s+\\d{4})?`;
const DATELINE_PREFIX = new RegExp(
  `^(?:[A-Z][A-Z'’. -]{1,30}(?:${DATE_PART})?(?:${AGENCY})?|[A-Z][A-Za-z'’. -]{1,30}(?:${DATE_PART}(?:${AGENCY})?|${AGENCY})|${BARE_DATE}${AGENCY})${DASH}`,
  'u',
);

const monthIndex = (name: string): number => MONTH_NAMES.findIndex((m) => m.slice(0, 3).toLowerCase() === name.slice(0, 3).toLowerCase()) + 1;

/**
 * Removes a leading date line or wire dateline from the body and returns the
 * reference day for relative expressions: the publication date when known,
 * else the date line's.
 *
 * @example splitDateline(['Wednesday 30 March 2022 - 21:50', 'Talks ended.'], null)
 *   // { reference: { y: 2022, m: 3, d: 30 }, paragraphs: ['Talks ended.'] }
 */
export function splitDateline(paragraphs: readonly string[], published: CalendarDate | null): { reference: CalendarDate | null; paragraphs: string[] } {
  const [first, ...rest] = paragraphs;
  if (first === undefined) return { reference: published, paragraphs: [] };
  const line = DATE_LINE.exec(first.trim());
  if (line) {
    const [, iy, im, id, dd, dm, dy, mm, md, my] = line;
    const date = iy ? { y: Number(iy), m: Number(im), d: Number(id) }
      : dd ? { y: Number(dy), m: monthIndex(dm ?? ''), d: Number(dd) }
      : { y: Number(my), m: monthIndex(mm ?? ''), d: Number(md) };
    return { reference: published ?? (date.m > 0 ? date : null), paragraphs: rest };
  }
  const prefix = DATELINE_PREFIX.exec(first);
  const body = prefix ? [first.slice(prefix[0].length), ...rest] : [...paragraphs];
  return { reference: published, paragraphs: body };
}
