// Runs of teasers for other stories: "Featured Stories" + headlines + dates,
// "-"-separated headline/summary items at the end of a text, or a bare trailing
// list of headlines. Lines are judged by shape (line-shape.ts): a teaser title
// is short and does not end like a sentence; body prose does.
import { isDateOnlyLine } from './dateline.ts';
import { isHeadlineLike, isSeparator, wordCount } from './line-shape.ts';

/** A whole line that introduces links to other stories; never body text on its own. */
export const TEASER_HEADING = new RegExp(
  '^(?:' +
    [
      String.raw`(?:featured|related|recommended|popular|trending|top|latest|most read|most popular|most viewed|most shared|most commented|editor'?s (?:picks?|choice)|must read|more|other|similar|further|suggested|sponsored|promoted|breaking|in other)(?:(?: [\p{L}&'’-]+)? (?:news|stories|articles|reads|content|posts|videos|photos|links|coverage|headlines|topics|items|columns|opinions?))?(?: (?:for you|now|today|this week|right now))?`,
      String.raw`(?:more|latest) (?:from|on|in)(?: (?:\S+\s?){1,3})?|also on (?:\S+\s?){1,3}`,
      String.raw`you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|stories you may (?:also )?like|more like this`,
      String.raw`read (?:more|next|also)|also read|see also|don'?t miss|in case you missed it|what to read next|watch (?:next|now)|up next`,
      String.raw`(?:from|around) the web|see more|show more|load more|videos|photos|in pictures`,
      String.raw`tags|tagged|topics|filed under`,
    ].join('|') +
    // A trailing rule of dashes or underscores belongs to the heading: "Related Topics -----".
    String.raw`)\s*:?(?:\s*[-–—_=]{3,})?$`,
  'iu',
);

/** Teaser summaries are a sentence or two; a longer line is body prose resuming. */
const SUMMARY_MAX_WORDS = 70;
/** A bare trailing list needs this many headlines, or fewer interleaved with dates, to be a teaser list. */
const BARE_RUN_MIN_HEADLINES = 4;
/** A "-"-separated trailing run needs this many items; one item could be a sign-off. */
const SEPARATED_MIN_ITEMS = 2;

const isFiller = (line: string): boolean => isSeparator(line) || isDateOnlyLine(line);

/** End (exclusive) of the teaser run after a heading at `start`, or `start` when nothing follows that looks like teasers. */
function teaserRunEnd(lines: readonly string[], start: number): number {
  // Lenient: headlines with at most one short summary each, up to the end of the text.
  let previousWasSummary = false;
  let summaries = 0;
  let lastIsSummary = false;
  let j = start;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    if (isFiller(line)) continue;
    if (isHeadlineLike(line)) previousWasSummary = false;
    else if (!previousWasSummary && wordCount(line) <= SUMMARY_MAX_WORDS) {
      previousWasSummary = true;
      summaries++;
    } else break;
    lastIsSummary = previousWasSummary;
  }
  // heading, headline, paragraph at the very end: that paragraph is as likely the body's last. A repeated pattern is not.
  if (j === lines.length && !(summaries === 1 && lastIsSummary)) return j;
  // Strict, mid-text: headlines and dates only, so the body that resumes is kept.
  let k = start;
  while (k < lines.length && (isFiller(lines[k]!) || isHeadlineLike(lines[k]!))) k++;
  return k;
}

/** Index where a trailing run of "-"-separated teaser items begins, or -1. */
function separatedRunStart(lines: readonly string[]): number {
  for (let s = 0; s < lines.length; s++) {
    if (!isSeparator(lines[s]!)) continue;
    const items: string[][] = [];
    for (const line of lines.slice(s)) {
      if (isSeparator(line)) items.push([]);
      else items.at(-1)!.push(line);
    }
    // An item is judged by its first line that is not a date: a bare date between separators is filler, not a teaser.
    const real = items.filter((item) => item.some((line) => !isDateOnlyLine(line)));
    const teaserLike = real.every((item) => item.length <= 3 && isHeadlineLike(item.find((line) => !isDateOnlyLine(line))!));
    if (real.length >= SEPARATED_MIN_ITEMS && teaserLike) return s;
  }
  return -1;
}

/** Index where a bare trailing list of headlines (and dates) begins, or lines.length. */
function bareRunStart(lines: readonly string[]): number {
  let i = lines.length;
  let headlines = 0;
  let dates = 0;
  while (i > 0 && (isFiller(lines[i - 1]!) || isHeadlineLike(lines[i - 1]!))) {
    i--;
    if (isDateOnlyLine(lines[i]!)) dates++;
    else if (!isSeparator(lines[i]!)) headlines++;
  }
  // A text made only of short lines has no prose to protect the run from: leave it whole.
  const isRun = headlines >= BARE_RUN_MIN_HEADLINES || (headlines >= 2 && dates >= 1);
  return isRun && i > 0 ? i : lines.length;
}

/**
 * Drops teaser headings with the teaser runs they introduce, then trailing
 * teaser runs without a heading. Separators and date lines must still be
 * present: they are part of what makes a run recognisable.
 */
export function dropTeaserBlocks(lines: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (TEASER_HEADING.test(lines[i]!)) i = teaserRunEnd(lines, i + 1) - 1;
    else kept.push(lines[i]!);
  }
  const separated = separatedRunStart(kept);
  const cut = separated >= 0 ? kept.slice(0, separated) : kept;
  return cut.slice(0, bareRunStart(cut));
}
