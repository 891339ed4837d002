// The top of a plain-text article: a stray token, a dateline (perhaps sharing
// its line with the title or an agency), the title, an agency line, a byline.
// Whatever is not recognised here is body.
import { isAgencyName } from './agencies.ts';
import { isChromeLine } from './chrome-lines.ts';
import { parseDateline } from './dateline.ts';
import { hasLetter, isHeadlineLike, wordCount } from './line-shape.ts';
import { dropTitleEchoes } from './metadata-echoes.ts';

export interface PlainTextHead {
  title: string | null;
  source: string | null;
  byline: string | null;
  published: string | null;
  body: string[];
}

/** Leading lines such as "0" are export debris (a counter, a vote tally), never content. */
const STRAY_TOKEN_MAX_CHARS = 3;
const BYLINE = /^By\s+(\p{Lu}[^.!?]*)$/u;
const BYLINE_MAX_WORDS = 8;

/** Splits the head from the body. `lines` are tidy and non-empty. */
export function readPlainTextHead(lines: readonly string[]): PlainTextHead {
  const head: PlainTextHead = { title: null, source: null, byline: null, published: null, body: [] };
  const rest = [...lines];
  while (rest.length > 1 && rest[0]!.length <= STRAY_TOKEN_MAX_CHARS && !hasLetter(rest[0]!)) rest.shift();

  const dateline = rest.length > 0 ? parseDateline(rest[0]!) : null;
  if (dateline) {
    head.published = dateline.iso;
    rest.shift();
    if (dateline.rest && isAgencyName(dateline.rest)) head.source = dateline.rest;
    else if (dateline.rest && isHeadlineLike(dateline.rest)) head.title = dateline.rest;
    else if (dateline.rest) rest.unshift(dateline.rest);
  }
  if (!head.source && rest[0] !== undefined && isAgencyName(rest[0])) head.source = rest.shift()!;
  if (!head.title && rest[0] !== undefined && isHeadlineLike(rest[0]) && !isChromeLine(rest[0])) head.title = rest.shift()!;
  if (!head.published && rest[0] !== undefined) {
    const after = parseDateline(rest[0]);
    if (after && after.rest === '') {
      head.published = after.iso;
      rest.shift();
    }
  }
  const byline = rest[0] === undefined ? null : BYLINE.exec(rest[0]);
  if (byline && wordCount(rest[0]!) <= BYLINE_MAX_WORDS) {
    head.byline = byline[1]!;
    rest.shift();
  }

  head.body = head.title ? dropTitleEchoes(rest, head.title) : rest;
  return head;
}
