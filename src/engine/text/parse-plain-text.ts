import { cleanLines } from './clean-lines.ts';
import { titleFromText } from './fallback-title.ts';
import { guessLang } from './guess-lang.ts';
import { tidyLine } from './line-shape.ts';
import { readPlainTextHead } from './plain-text-head.ts';
import type { ExtractedArticle } from '../types.ts';

/**
 * Reads a plain-text article (the CLI's .txt inputs): a leading dateline
 * becomes `published`, a headline-like first line the title, an agency line
 * the source; the rest goes through cleanLines into blank-line-separated text.
 * The language is guessed from the text: a .txt file declares none.
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
    title: head.title ?? titleFromText(text),
    source: head.source,
    byline: head.byline,
    published: head.published,
    lang: guessLang(text),
    text,
  };
}
