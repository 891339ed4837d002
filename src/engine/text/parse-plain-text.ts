import { cleanLines } from './clean-lines.ts';
import { tidyLine } from './line-shape.ts';
import { readPlainTextHead } from './plain-text-head.ts';
import type { ExtractedArticle } from '../types.ts';

/** A title made from the first sentence is cut here, at a word boundary. */
const FALLBACK_TITLE_MAX_CHARS = 120;

/** No headline line: the first sentence stands in, so lists still show something readable. */
function firstSentence(text: string): string {
  const sentence = /^.*?[.!?](?=\s|$)/su.exec(text)?.[0] ?? text;
  if (sentence.length <= FALLBACK_TITLE_MAX_CHARS) return sentence;
  const cut = sentence.slice(0, FALLBACK_TITLE_MAX_CHARS);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

/**
 * Reads a plain-text article (the CLI's .txt inputs): a leading dateline
 * becomes `published`, a headline-like first line the title, an agency line
 * the source; the rest goes through cleanLines into blank-line-separated text.
 *
 * @example parsePlainText('Wednesday 30 March 2022 - 21:50\nKremlin says no breakthrough\n\nPeskov said…', 'a.txt')
 *   // { url: 'a.txt', title: 'Kremlin says no breakthrough', published: '2022-03-30T21:50:00.000Z', text: 'Peskov said…', … }
 */
export function parsePlainText(raw: string, id: string): ExtractedArticle {
  const lines = raw
    .replace(/^\ufeff/u, '')
    .split(/\r\n|\r|\n|\u2028|\u2029/u)
    .map(tidyLine)
    .filter((line) => line !== '');
  const head = readPlainTextHead(lines);
  const text = cleanLines(head.body).join('\n\n');
  return {
    url: id,
    title: head.title ?? firstSentence(text),
    source: head.source,
    byline: head.byline,
    published: head.published,
    lang: null,
    text,
  };
}
