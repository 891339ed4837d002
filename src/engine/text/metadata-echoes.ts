// Pages print their metadata again at the top of the body: the headline (often
// cut short), the author's name with a job title. It is not the story's text.
import { lineKey, wordCount } from './line-shape.ts';

/** A short line near the top that the title starts with is the title again, cut short by the page. */
const TRUNCATED_TITLE_MAX_WORDS = 8;
/** How far down the body such echoes are looked for. */
const ECHO_WINDOW = 5;
/** How many of the last body lines may hold the author box's name line. */
const ECHO_TAIL = 3;
/** "Grace Okafor, nature correspondent | 2 April": longer than this, it is a sentence about her. */
const BYLINE_LINE_MAX_WORDS = 12;

/**
 * Drops repeats of the title (anywhere in the body) and cut-short copies of
 * it among the first lines ("Kremlin says no" under "Kremlin says no deal").
 */
export function dropTitleEchoes(body: readonly string[], title: string): string[] {
  const titleKey = lineKey(title);
  if (titleKey === '') return [...body];
  return body.filter((line, i) => {
    const key = lineKey(line);
    if (key === titleKey) return false;
    return !(i < ECHO_WINDOW && wordCount(key) <= TRUNCATED_TITLE_MAX_WORDS && titleKey.startsWith(`${key} `));
  });
}

/**
 * Drops a short line near the top, or among the last lines (an author box),
 * that opens with the byline ("By Jane Doe", "Jane Doe, Europe editor").
 */
export function dropBylineEchoes(body: readonly string[], byline: string | null): string[] {
  const names = (byline ?? '').split(/\s*(?:,|\band\b|&)\s*/u).map(lineKey).filter((n) => n.includes(' '));
  if (names.length === 0) return [...body];
  return body.filter((line, i) => {
    const nearEdge = i < ECHO_WINDOW || i >= body.length - ECHO_TAIL;
    if (!nearEdge || wordCount(line) > BYLINE_LINE_MAX_WORDS) return true;
    const key = lineKey(line).replace(/^by /u, '');
    return !names.some((name) => key === name || key.startsWith(`${name} `));
  });
}
