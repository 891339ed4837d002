import { isDateOnlyLine } from './dateline.ts';
import { isChromeLine } from './chrome-lines.ts';
import { hasLetter, lineKey, tidyLine, wordCount } from './line-shape.ts';
import { TEASER_HEADING, dropTeaserBlocks } from './teaser-blocks.ts';

/** A repeat this long is a pull quote, a standfirst or a caption echoing the body; shorter repeats may be coincidence. */
const CONTAINED_MIN_WORDS = 8;

/** Drops repeated lines: exact repeats anywhere, and lines wholly contained in another line. */
function dropRepeats(lines: readonly string[]): string[] {
  const seen = new Set<string>();
  const unique: string[] = [];
  const keys: string[] = [];
  for (const line of lines) {
    const key = lineKey(line);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(line);
    keys.push(key);
  }
  // Space-padded so that a match is whole words; keys are unique, so a second
  // occurrence of a key can only sit inside a longer line.
  const all = keys.map((key) => ` ${key} `).join('\n');
  return unique.filter((_, i) => {
    const needle = ` ${keys[i]!} `;
    return wordCount(needle) < CONTAINED_MIN_WORDS || all.indexOf(needle, all.indexOf(needle) + 1) === -1;
  });
}

/**
 * Removes page chrome from the lines of an article, the same way for HTML
 * paragraphs and plain-text lines: placeholders, credits, promos, share and
 * tag labels, story codes, separators, bare dates, repeats, and teaser blocks
 * for other stories. Pure: no DOM.
 *
 * @example cleanLines(['Body text.', 'This video is no longer available.', 'Featured Stories', 'Other headline', '30 March 2022'])
 *   // ['Body text.']
 */
export function cleanLines(lines: readonly string[]): string[] {
  // Teaser headings ("Read more", "Tagged") are also chrome labels, but they must reach dropTeaserBlocks to take their run with them.
  const tidy = lines.map(tidyLine).filter((line) => line !== '' && (TEASER_HEADING.test(line) || !isChromeLine(line)));
  // Separators and dates survive until teaser blocks are found: they delimit them.
  const unblocked = dropTeaserBlocks(tidy.filter((line) => hasLetter(line) || /^[^\p{N}]*$/u.test(line)));
  return dropRepeats(unblocked.filter((line) => hasLetter(line) && !isDateOnlyLine(line)));
}
