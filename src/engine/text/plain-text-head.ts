// The top of a plain-text article: stray tokens, a dateline (perhaps sharing
// its line with the title or an agency), a section kicker, the title, an
// agency line, a byline, leftover page chrome, in whatever order the page
// printed them. The first line that is none of these starts the body.
import { isAgencyName } from './agencies.ts';
import { isNameLine, readBylineLine } from './byline.ts';
import { AGENCY_CAPTION_DATELINE, isChromeLine } from './chrome-lines.ts';
import { afterMonthOnlyDate, isDateOnlyLine, parseDateline, placeDateOf } from './dateline.ts';
import { hasLetter, isHeadlineLike, wordCount } from './line-shape.ts';
import { dropTitleEchoes } from './metadata-echoes.ts';

export interface PlainTextHead {
  title: string | null;
  source: string | null;
  byline: string | null;
  published: string | null;
  body: string[];
}

/** The head is a handful of lines; past this, a short line is a subhead in the body. */
const HEAD_MAX_LINES = 8;
/** Leading lines such as "0" are export debris (a counter, a vote tally), never content. */
const STRAY_TOKEN_MAX_CHARS = 3;
const BYLINE_MAX_WORDS = 8;
/** "World" or "Russia-Ukraine war" over a longer headline is the section kicker, not the title. */
const KICKER = { maxWords: 3, headlineMinWords: 4 };

/** Moves past the line just read into the head. */
const take = (rest: string[]): true => {
  rest.shift();
  return true;
};

const isStray = (line: string): boolean => line.length <= STRAY_TOKEN_MAX_CHARS && !hasLetter(line);

function isKicker(line: string, next: string | undefined): boolean {
  return wordCount(line) <= KICKER.maxWords && next !== undefined && isHeadlineLike(next) && wordCount(next) >= KICKER.headlineMinWords;
}

// A gallery or video headline: "Photos: Hurricane Ian slams southwest Florida with 150-mph winds".
const MEDIA_LABEL = /^(?:photos?|pictures|in pictures|video|watch|gallery)\s*:\s*(.+)$/iu;
const LABELLED_HEADLINE_MIN_WORDS = 5;
// What a caption carries and a headline does not: a credit ("Name/Agency", ©, an agency name).
const CREDIT = /[/©]|\b(?:getty|shutterstock|afp|reuters|ap|epa|courtesy)\b/iu;

/**
 * The first line of a file, a media label over a headline ("Photos: …"): the
 * headline is the title. The same label with a credit, or later in the head,
 * is a caption (chrome).
 */
function labelledHeadline(line: string, head: PlainTextHead): string | null {
  if (head.published || head.source || head.byline) return null;
  const headline = MEDIA_LABEL.exec(line)?.[1];
  if (!headline || CREDIT.test(headline) || wordCount(headline) < LABELLED_HEADLINE_MIN_WORDS || !isHeadlineLike(headline)) return null;
  return headline;
}

// A photo agency's caption dateline after a headline: "CITY, COUNTRY - MONTH DAY: …".
// Searched for near the line's start only: the pattern backtracks over a long run of capitals.
const CAPTION_SEARCH_CHARS = 300;
const PHOTO_CAPTION_AFTER = new RegExp(`^(.{12,}?) ${AGENCY_CAPTION_DATELINE}`, 'u');

// A headline has at least this many words; shorter lines at the head are labels.
const TITLE_MIN_WORDS = 3;

/** The headline of a line that runs a headline into a photo caption, or null. */
function captionedHeadline(line: string): string | null {
  const headline = PHOTO_CAPTION_AFTER.exec(line.slice(0, CAPTION_SEARCH_CHARS))?.[1];
  return headline && isHeadlineLike(headline) ? headline : null;
}

/** Reads one head line into `head`; false when the line belongs to the body. */
function readHeadLine(head: PlainTextHead, rest: string[]): boolean {
  const line = rest[0]!;
  if (isStray(line)) return take(rest);
  const dateline = head.published ? null : parseDateline(line);
  if (dateline) {
    head.published = dateline.iso;
    take(rest);
    // "… Grand Slam trophy LONDON, ENGLAND - JULY 16: Carlos Alcaraz celebrates … (Photo by …)": a headline with
    // the photo caption an export ran into it. The headline is the title; the caption is chrome.
    const captioned = dateline.rest && !head.title ? captionedHeadline(dateline.rest) : null;
    if (captioned) head.title = captioned;
    else if (dateline.rest && isAgencyName(dateline.rest) && !head.source) head.source = dateline.rest;
    // " date 2023-02-06 6 Feb. 11:20" or "… https://…": the page's own timestamp or link after the field is no title.
    else if (dateline.rest && (isDateOnlyLine(dateline.rest) || isChromeLine(dateline.rest))) return true;
    // " date 2024-06-02 Sports" over the headline: the section kicker, not the title.
    else if (dateline.rest && !head.title && isKicker(dateline.rest, rest[0])) return true;
    // " date 2023-10-13 Insider": a one- or two-word label (an outlet, a section) is no headline.
    else if (dateline.rest && !head.title && isHeadlineLike(dateline.rest) && wordCount(dateline.rest) < TITLE_MIN_WORDS) return true;
    else if (dateline.rest && isHeadlineLike(dateline.rest) && !head.title) head.title = dateline.rest;
    // "July 5, 2024UK" under a title: the section the page filed the story in.
    else if (dateline.rest && head.title && wordCount(dateline.rest) <= KICKER.maxWords && !/[.!?]$/u.test(dateline.rest)) return true;
    else if (dateline.rest) rest.unshift(dateline.rest);
    return true;
  }
  const afterMonth = head.published ? null : afterMonthOnlyDate(line);
  if (afterMonth !== null) {
    take(rest);
    if (afterMonth) rest.unshift(afterMonth);
    return true;
  }
  if (head.published && isDateOnlyLine(line)) return take(rest); // "Updated …" under the dateline
  // "Balasore, June 4", "NEW DELHI, 3 June 2023": the agency's dateline, not the title.
  const placeDate = placeDateOf(line);
  if (placeDate !== null) {
    head.published ??= parseDateline(placeDate)?.iso ?? null;
    return take(rest);
  }
  if (!head.source && isAgencyName(line)) {
    head.source = line;
    return take(rest);
  }
  const byline = head.byline ? null : readBylineLine(line);
  if (byline && wordCount(byline.names) <= BYLINE_MAX_WORDS) {
    head.byline = byline.names;
    head.published ??= byline.published;
    return take(rest);
  }
  // A bare name between the title and the dateline ("Nathanael Johnson" over "January 10, 2020"), or over
  // its own "By" line (an author card: "Chris Summers" over "By Chris Summers"), is the byline.
  const next = rest[1];
  if (!head.byline && head.title && isNameLine(line) && next !== undefined && (parseDateline(next) || readBylineLine(next)?.names === line.trim())) {
    head.byline = line;
    return take(rest);
  }
  const labelled = head.title ? null : labelledHeadline(line, head);
  if (labelled) {
    head.title = labelled;
    return take(rest);
  }
  if (isChromeLine(line)) return take(rest);
  const captioned = head.title ? null : captionedHeadline(line);
  if (captioned) {
    head.title = captioned;
    return take(rest);
  }
  if (head.title || !isHeadlineLike(line)) return false;
  // "KEY TAKEAWAYS", "Insider": a label over the story, not its headline.
  if (!isKicker(line, rest[1]) && wordCount(line) >= TITLE_MIN_WORDS) head.title = line;
  return take(rest);
}

/** Splits the head from the body. `lines` are tidy and non-empty. */
export function readPlainTextHead(lines: readonly string[]): PlainTextHead {
  const head: PlainTextHead = { title: null, source: null, byline: null, published: null, body: [] };
  const rest = [...lines];
  for (let n = 0; n < HEAD_MAX_LINES && rest.length > 0; n++) {
    if (!readHeadLine(head, rest)) break;
  }
  if (!head.published) takeLateDate(head, rest);
  cutTitleCredit(head);
  cutTitleLabel(head);
  head.body = head.title ? dropTitleEchoes(rest, head.title) : rest;
  return head;
}

// "… presidential runoff-Xinhua", "… in Istanbul | Reuters": an agency credit after the headline's last separator.
const TITLE_CREDIT = /^(.{12,}?)\s*[-–—|]\s*([^-–—|]{2,40})$/u;

// "URGENT: Milei wins …", "Breaking News: Taiwan shaken by …": a label for how new the story is, not its headline.
const TITLE_LABEL = /^(?:breaking(?: news)?|urgent|just in|update[sd]?|exclusive|developing(?: story)?|live)\s*[:|–—-]\s*/iu;

function cutTitleLabel(head: PlainTextHead): void {
  const label = head.title ? TITLE_LABEL.exec(head.title) : null;
  const rest = label && head.title ? head.title.slice(label[0].length) : '';
  if (label && wordCount(rest) >= TITLE_MIN_WORDS) head.title = rest;
}

/** Cuts an agency's credit off the end of the title; it is the source when the head named none. */
function cutTitleCredit(head: PlainTextHead): void {
  const cut = head.title ? TITLE_CREDIT.exec(head.title) : null;
  if (!cut?.[1] || !cut[2] || !isAgencyName(cut[2])) return;
  head.title = cut[1];
  head.source ??= cut[2].trim();
}

// A page may print its date under a standfirst: how far into the body a line of its own is still the page's date.
const LATE_DATE_LINES = 4;

/** "Published June 24,2023" a few lines into the body, on a line of its own: the page's date, not text. */
function takeLateDate(head: PlainTextHead, rest: string[]): void {
  for (let k = 0; k < Math.min(LATE_DATE_LINES, rest.length); k++) {
    const dateline = parseDateline(rest[k] ?? '');
    if (!dateline || dateline.rest !== '') continue;
    head.published = dateline.iso;
    rest.splice(k, 1);
    return;
  }
}
