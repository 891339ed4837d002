// Bylines as pages print them, in HTML and in saved text alike: "by Dan Goodin
// - Apr 16, 2015 8:02 pm UTC", "by: Laurie Oakes", "Par Martin Untersinger".
// Only the names are the byline; the prefix and a date beside them are not.
import { parseDateline } from './dateline.ts';

/** "By", "by:". */
const BY = /^by\s*:?\s+/iu;
/** The same word in other languages; the short ones lowercase only, as surnames start "Di", "Da". */
const FOREIGN_BY = /^(?:[Pp]ar|[Pp]or|[Vv]on|[Dd]oor|di|da|av|af)\s*:?\s+/u;
/** Between the names and a date or a label on the same line. */
const SEPARATOR = /\s+[-–—|•·]\s+|\s*\|\s*/u;
const DATE_LABEL = /^(?:updated|published|posted|first published|last updated|modified)\b/iu;
/** "Martin Untersinger", "Ana de la Cruz": capitalised words and the particles names carry. */
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|del|la|le|van|von|der|den|da|di|du|dos|y|e|et|und|and|&))*$/u;
/** Longer than this, a name-shaped line is a headline or a sentence. */
const NAME_MAX_WORDS = 6;

export interface BylineLine {
  names: string;
  /** ISO date printed beside the names, if any. */
  published: string | null;
}

function split(text: string): BylineLine | null {
  let published: string | null = null;
  const names: string[] = [];
  for (const part of text.split(SEPARATOR)) {
    const date = parseDateline(part);
    if (date && date.rest === '') published ??= date.iso;
    else if (part !== '' && !DATE_LABEL.test(part)) names.push(part);
  }
  const first = (names[0] ?? '').replace(/[\s,;:]+$/u, '').trim();
  return /\p{L}/u.test(first) ? { names: first, published } : null;
}

/** True for a short line that reads as a person's name: "Nathanael Johnson". */
export function isNameLine(line: string): boolean {
  const words = line.trim().split(/\s+/u).length;
  return words >= 2 && words <= NAME_MAX_WORDS && NAME.test(line.trim());
}

/**
 * A line that is a byline, as a line of text must say so: "By …" (names
 * capitalised), or "Par …"/"Von …" followed by a name and nothing else.
 *
 * @example readBylineLine('by Dan Goodin - Apr 16, 2015 8:02 pm UTC') // { names: 'Dan Goodin', published: '2015-04-16T20:02:00.000Z' }
 */
export function readBylineLine(line: string): BylineLine | null {
  const text = line.replace(/\s+/gu, ' ').trim();
  const english = BY.exec(text);
  const foreign = english ? null : FOREIGN_BY.exec(text);
  const prefix = english ?? foreign;
  if (!prefix) return null;
  const found = split(text.slice(prefix[0].length));
  if (!found || !/^\p{Lu}/u.test(found.names) || /[.!?]$/u.test(found.names)) return null;
  // "Von Montag an gilt …" is German prose, not a byline: other languages' prefixes need a bare name.
  return english || isNameLine(found.names) ? found : null;
}

/** The names of a byline as metadata or markup gives it, any prefix and date dropped; null when nothing is left. */
export function cleanByline(raw: string | null | undefined): string | null {
  const text = (raw ?? '').replace(/\s+/gu, ' ').trim();
  const prefix = BY.exec(text) ?? FOREIGN_BY.exec(text);
  return split(prefix ? text.slice(prefix[0].length) : text)?.names ?? null;
}
