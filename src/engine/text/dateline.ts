// Visible datelines ("Wednesday 30 March 2022 - 21:50", "March 30, 2022",
// "date 2022-03-30", "Updated 9:50 PM, Wed March 30, 2022") read with plain
// regexes: chrono-node would also do it, but it is large and slow for the few
// shapes news pages actually print at the top of a story.
import { LABEL, MONTH, TIME_CONNECTOR, WEEKDAY, monthIndex } from './date-words.ts';

export interface Dateline {
  /** ISO 8601 in UTC; midnight when the line gives no time. */
  iso: string;
  /** What follows the date on the same line (a title, an agency), separators trimmed. */
  rest: string;
}

/** Zone names printed after times; read as UTC (the offsets differ by season and are guesses anyway). */
const ZONES = 'gmt|utc|bst|cet|cest|eet|eest|wet|west|msk|ist|pkt|sgt|hkt|jst|kst|aest|aedt|wib|wat|eat|cat|sast|e[sd]?t|c[sd]?t|m[sd]?t|p[sd]?t';
// "21:50", "9.50 pm", "13h36" (French), "13:36 Uhr"; the zone may sit in brackets: "9:00AM (UTC)", "21:50 (GMT+1)".
const TIME = new RegExp(String.raw`^(?:${TIME_CONNECTOR})?(\d{1,2})[:.h](\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?|uhr\b)?(?:\s*\(?(?:(?:gmt|utc)\s*([+-]\d{1,2}(?::?\d{2})?)?|([+-]\d{2}:?\d{2})|z\b|(?:${ZONES})\b)\)?)?`, 'iu');
const SEPARATORS = /^[\s,\-–—|•·/@]+/u;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?=$|[T\s,|])/u;
const ISO_TIME = /^T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(z|[+-]\d{2}:?\d{2})?/iu;
// "30 March 2022", "1st of June 2023", "7 de diciembre de 2017", "1er mai 2015", "4. Mai 2015".
const DAY_MONTH_YEAR = new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th|er|º|\.)?\s+(?:of\s+|de\s+)?${MONTH},?\s+(?:de\s+|del\s+)?(\d{4})\b`, 'iu');
// The year may run into a section label the page prints after it: "July 5, 2024UK".
// A comma may take the place of the space before it: "Published June 24,2023".
const MONTH_DAY_YEAR = new RegExp(String.raw`^${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)(\d{4})(?:\b|(?=\p{Lu}))`, 'iu');
const SLASHED_YMD = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/u;
const DOTTED_DMY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\b/u;

export interface Parts { y: number; m: number; d: number; h?: number; min?: number; s?: number; offset?: number }

/** Minutes east of UTC from "+03:00", "+0300", "+3"; named zones are read as UTC. */
function offsetMinutes(text: string | undefined): number | undefined {
  if (!text) return undefined;
  if (/^z$/iu.test(text)) return 0;
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/u.exec(text);
  if (!m) return undefined;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

function readTime(text: string): { parts: Pick<Parts, 'h' | 'min' | 's' | 'offset'>; length: number } | null {
  const m = TIME.exec(text);
  if (!m) return null;
  let h = Number(m[1]);
  const meridiem = m[4]?.toLowerCase().replace(/\./gu, '');
  if (meridiem === 'pm' && h < 12) h += 12;
  if (meridiem === 'am' && h === 12) h = 0;
  return { parts: { h, min: Number(m[2]), s: Number(m[3] ?? 0), offset: offsetMinutes(m[5] ?? m[6]) }, length: m[0].length };
}

function readDate(text: string): { parts: Parts; length: number } | null {
  let m = ISO_DATE.exec(text);
  if (m) {
    const parts: Parts = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
    const t = ISO_TIME.exec(text.slice(m[0].length));
    if (!t) return { parts, length: m[0].length };
    return { parts: { ...parts, h: Number(t[1]), min: Number(t[2]), s: Number(t[3] ?? 0), offset: offsetMinutes(t[4]) }, length: m[0].length + t[0].length };
  }
  if ((m = DAY_MONTH_YEAR.exec(text))) return { parts: { y: Number(m[3]), m: monthIndex(m[2]!), d: Number(m[1]) }, length: m[0].length };
  if ((m = MONTH_DAY_YEAR.exec(text))) return { parts: { y: Number(m[3]), m: monthIndex(m[1]!), d: Number(m[2]) }, length: m[0].length };
  if ((m = SLASHED_YMD.exec(text))) return { parts: { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }, length: m[0].length };
  if ((m = DOTTED_DMY.exec(text))) return { parts: { y: Number(m[3]), m: Number(m[2]), d: Number(m[1]) }, length: m[0].length };
  return null;
}

/** Years outside this range are page noise (copyright lines, IDs), not a publication date. */
const YEARS = { min: 1990, max: 2100 };

export function toIsoUtc(p: Parts): string | null {
  const h = p.h ?? 0, min = p.min ?? 0, s = p.s ?? 0;
  if (p.y < YEARS.min || p.y > YEARS.max || p.m < 1 || p.m > 12 || h > 23 || min > 59 || s > 59) return null;
  const time = Date.UTC(p.y, p.m - 1, p.d, h, min, s) - (p.offset ?? 0) * 60_000;
  const check = new Date(Date.UTC(p.y, p.m - 1, p.d));
  if (check.getUTCDate() !== p.d) return null; // 31 February and the like
  return new Date(time).toISOString();
}

/**
 * Reads a date at the very start of a line. Returns null unless the line opens
 * with a date (after an optional label such as "Published:" and weekday).
 *
 * @example parseDateline('Wednesday 30 March 2022 - 21:50')
 *   // { iso: '2022-03-30T21:50:00.000Z', rest: '' }
 * @example parseDateline(' date 2022-03-30 AFP') // { iso: '2022-03-30T00:00:00.000Z', rest: 'AFP' }
 */
export function parseDateline(line: string): Dateline | null {
  let text = line.trim().replace(LABEL, '').replace(WEEKDAY, '');
  // A time may come first ("9:50 PM ET, Wed March 30, 2022"), but "30.03.2022" is a date, not 30:03.
  const lead = readDate(text) ? null : readTime(text);
  if (lead) text = text.slice(lead.length).replace(SEPARATORS, '').replace(WEEKDAY, '');
  const date = readDate(text);
  if (!date) return null;
  text = text.slice(date.length).replace(SEPARATORS, '');
  let time = lead?.parts;
  if (date.parts.h === undefined && !time) {
    const trail = readTime(text);
    if (trail) {
      time = trail.parts;
      text = text.slice(trail.length);
    }
  }
  const iso = toIsoUtc(date.parts.h === undefined ? { ...date.parts, ...time } : date.parts);
  return iso ? { iso, rest: text.replace(SEPARATORS, '').trim() } : null;
}

// " date 2023-02 …": an export's date field that gives only the month.
const MONTH_ONLY_FIELD = /^\s*date\s+\d{4}-(?:0[1-9]|1[0-2])(?=\s|$)\s*/iu;

/**
 * What follows a date field that gives only the year and month (" date
 * 2023-02 Today, …"), or null when the line does not open with one. The month
 * dates no day: reading it as the 1st would misplace every weekday.
 */
export function afterMonthOnlyDate(line: string): string | null {
  const m = MONTH_ONLY_FIELD.exec(line);
  return m ? line.slice(m[0].length).trim() : null;
}

const RELATIVE_TIME = /^(?:(?:published|posted|updated|last updated)\s*:?\s*)?(?:\d+|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?|months?)\s+ago$/iu;

/** "March 18 at 12:22 PM", "18 March": a date printed without its year, which gives no ISO date but is no prose either. */
const YEARLESS = new RegExp(String.raw`^(?:${MONTH}\s+\d{1,2}|\d{1,2}(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?${MONTH})(?:st|nd|rd|th)?,?(?:\s+(?:${TIME_CONNECTOR})?\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?[a-z]{2,5}\)?)?)?$`, 'iu');

/** A line that is only a date or a timestamp ("30 March 2022", "Updated 2 hours ago", "March 18 at 12:22 PM"). */
export function isDateOnlyLine(line: string): boolean {
  const trimmed = line.trim();
  if (RELATIVE_TIME.test(trimmed) || YEARLESS.test(trimmed.replace(LABEL, '').replace(WEEKDAY, ''))) return true;
  const parsed = parseDateline(trimmed);
  return parsed !== null && parsed.rest === '';
}

// A wire dateline on a line of its own: "Balasore, June 4", "NEW DELHI, 3 June 2023 (PTI)". The place is a
// capitalised name of a few words, perhaps with its region in brackets ("Bhubaneshwar (Odisha)").
const PLACE_DATELINE = /^\p{Lu}[\p{L}\p{M}.'’ -]{0,40}(?:\s\([\p{L} ]{1,30}\))?,\s+(.{3,40}?)(?:\s*\([\p{L} ]{2,20}\))?$/u;
const PLACE_DATELINE_MAX_CHARS = 100;

/**
 * The date of a line that is only a place and a date, the way agencies open a
 * story (neither the title nor text), or null for any other line.
 */
export function placeDateOf(line: string): string | null {
  const trimmed = line.trim();
  if (trimmed.length > PLACE_DATELINE_MAX_CHARS) return null;
  const date = PLACE_DATELINE.exec(trimmed)?.[1];
  return date !== undefined && isDateOnlyLine(date) ? date : null;
}

/** "Fri Mar 13 21:30:09 EST 2015": month, day, time, optional zone, year. */
const UNIX_DATE = new RegExp(String.raw`^(?:[a-z]{3},?\s+)?([a-z]{3,9})\s+(\d{1,2})\s+(\d{1,2}:\d{2}(?::\d{2})?)(?:\s+([a-z]{1,5}|[+-]\d{4}))?\s+(\d{4})$`, 'iu');

/** Epoch timestamps some CMSes put in metas: 10 digits are seconds, 13 milliseconds. */
const EPOCH = /^(\d{10}|\d{13})$/u;

/**
 * A machine-readable date from metadata ("2022-03-30T21:50:00+03:00", "Wed, 30 Mar
 * 2022 21:50:00 GMT", "1648677000") as ISO in UTC; a value without a zone is UTC.
 */
export function toIsoDate(value: string): string | null {
  const trimmed = value.trim();
  const epoch = EPOCH.exec(trimmed);
  if (epoch) {
    const ms = Number(epoch[1]) * (epoch[1]!.length === 10 ? 1000 : 1);
    const date = new Date(ms);
    return date.getUTCFullYear() >= YEARS.min && date.getUTCFullYear() <= YEARS.max ? date.toISOString() : null;
  }
  // Java's and Unix date's "Fri Mar 13 21:30:09 EST 2015" puts the year last: move it before the time.
  const unix = UNIX_DATE.exec(trimmed);
  const parsed = parseDateline(unix ? `${unix[1]} ${unix[2]}, ${unix[5]} ${unix[3]} ${unix[4] ?? ''}` : trimmed);
  return parsed && parsed.rest === '' ? parsed.iso : null;
}
