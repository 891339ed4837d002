import { isDateOnlyLine } from './dateline.ts';
import { isChromeLine, isPhotoCredit } from './chrome-lines.ts';
import { endsLikeSentence, hasLetter, lineKey, tidyLine, wordCount } from './line-shape.ts';
import { TEASER_HEADING, dropTeaserBlocks } from './teaser-blocks.ts';

/** A repeat this long is a pull quote, a standfirst or a caption echoing the body; shorter repeats may be coincidence. */
const CONTAINED_MIN_WORDS = 8;

/** Drops repeated lines: exact repeats anywhere, and lines of 8 words or more wholly contained in another line. */
export function dropRepeats(lines: readonly string[]): string[] {
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
  // Space-padded so that a match is whole words. Keys are unique, so a line
  // can only sit inside a longer one, and that one holds each of its words:
  // only the lines with its rarest word are searched, not the whole article
  // once per line.
  const padded = keys.map((key) => ` ${key} `);
  const wordsOf = keys.map((key) => key.split(' '));
  const linesWith = new Map<string, number[]>();
  wordsOf.forEach((words, i) => {
    for (const word of new Set(words)) {
      const lines = linesWith.get(word);
      if (lines) lines.push(i);
      else linesWith.set(word, [i]);
    }
  });
  return unique.filter((_, i) => {
    const words = wordsOf[i] ?? [];
    if (words.length < CONTAINED_MIN_WORDS) return true;
    const needle = padded[i] ?? '';
    let holders: number[] = [];
    for (const word of words) {
      const lines = linesWith.get(word) ?? [];
      if (holders.length === 0 || lines.length < holders.length) holders = lines;
    }
    return !holders.some((j) => j !== i && (padded[j]?.length ?? 0) > needle.length && padded[j]?.includes(needle));
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
  const tidy = dropCaptions(lines.map(tidyLine).filter((line) => line !== '')).filter((line) => TEASER_HEADING.test(line) || !isChromeLine(line));
  // Separators and dates survive until teaser blocks are found: they delimit them.
  const unblocked = dropTeaserBlocks(tidy.filter((line) => hasLetter(line) || /^[^\p{N}]*$/u.test(line)));
  return dropRepeats(dropWordRuns(unblocked.filter((line) => hasLetter(line) && !isDateOnlyLine(line))));
}

/** A caption is a short line with no full stop; longer, it is a paragraph that happens to precede a picture. */
const CAPTION_MAX_WORDS = 20;

/** Drops the caption printed over a photo credit ("Bank headquarters in Santa Clara, California" over "Name/Bloomberg/Getty Images"). */
function dropCaptions(lines: readonly string[]): string[] {
  return lines.filter((line, i) => {
    const next = lines[i + 1];
    return !(next !== undefined && isPhotoCredit(next) && wordCount(line) <= CAPTION_MAX_WORDS && !endsLikeSentence(line));
  });
}

/** Consecutive lines of a word or two each, this many or more, are a tag list ("world", "earthquake", "turkey"). */
const WORD_RUN_MIN_LINES = 3;
const isWordLine = (line: string): boolean => wordCount(line) <= 2 && !/[.!?:;,"“”]$/u.test(line);

/** Drops runs of one- and two-word lines: tags and topic links a page prints under a story, never its prose. */
function dropWordRuns(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length;) {
    let end = i;
    while (end < lines.length && isWordLine(lines[end] ?? '')) end++;
    const next = Math.max(end, i + 1);
    if (end - i < WORD_RUN_MIN_LINES) out.push(...lines.slice(i, next));
    i = next;
  }
  return out;
}
