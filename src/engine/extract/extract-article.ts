import { Readability } from '@mozilla/readability';
import { cleanLines } from '../text/clean-lines.ts';
import { titleFromText } from '../text/fallback-title.ts';
import { guessLang } from '../text/guess-lang.ts';
import { wordCount } from '../text/line-shape.ts';
import { dropBylineEchoes, dropTitleEchoes } from '../text/metadata-echoes.ts';
import type { ExtractedArticle } from '../types.ts';
import { readMetadata } from './metadata.ts';
import { namesIn, readPageMeta } from './page-meta.ts';
import { collectParagraphs } from './paragraphs.ts';
import { readPublished } from './published.ts';
import { stripChrome } from './strip-chrome.ts';

/** Fewer words than this after cleaning is a stub, a gallery or a teaser page, not an article to match. */
export const MIN_ARTICLE_WORDS = 80;

/**
 * Readability's scoring grows far faster than the page when wrappers nest
 * deeply: seconds at 300 levels, minutes at 3,000. Article pages stay well
 * below this; a deeper page is machine-made, and its stripped text is read
 * without Readability.
 */
export const READABILITY_MAX_DEPTH = 150;

const words = (lines: readonly string[]): number => lines.reduce((sum, line) => sum + wordCount(line), 0);

/** Whether any element of `root` sits deeper than `limit` levels, walked without recursion. */
function nestsDeeperThan(root: Element, limit: number): boolean {
  const stack: [Element, number][] = [[root, 0]];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [element, depth] = entry;
    if (depth > limit) return true;
    for (const child of Array.from(element.children)) stack.push([child, depth + 1]);
  }
  return false;
}

/** Readability's pick, as lines of text; empty when it found nothing. */
function readabilityLines(doc: Document): { lines: string[]; byline: string | null } {
  const clone = doc.cloneNode(true) as Document;
  stripChrome(clone);
  const body = clone.body ?? clone.documentElement;
  if (nestsDeeperThan(body, READABILITY_MAX_DEPTH)) return { lines: collectParagraphs(body), byline: null };
  // The serializer hands back the content node itself: no HTML string, no re-parse.
  const parsed = new Readability<Node>(clone, { serializer: (node) => node }).parse();
  return { lines: parsed?.content ? collectParagraphs(parsed.content) : [], byline: parsed?.byline ?? null };
}

/**
 * Extracts one article from a page. `doc` is read, never modified: Readability
 * runs on a clone with page chrome stripped, its blocks become lines, and
 * cleanLines removes what chrome is left. Null when there is no real article text.
 *
 * @example
 * const article = extractArticle(document, location.href);
 * // { url, title, source, byline, published, lang, text: 'First paragraph.\n\nSecond.' } | null
 */
export function extractArticle(doc: Document, pageUrl: string): ExtractedArticle | null {
  // An empty file parses to a document with no root element; linkedom's doc.body then throws.
  if (!doc.documentElement) return null;
  const page = readPageMeta(doc);
  const found = readabilityLines(doc);
  const meta = readMetadata(doc, page, pageUrl, found.byline);
  const clean = (lines: readonly string[]): string[] => cleanLines(dropBylineEchoes(dropTitleEchoes(lines, meta.title), meta.byline));
  let body = clean(found.lines);
  if (words(body) < MIN_ARTICLE_WORDS) {
    // Apps that render the story late, or split it oddly, often still ship it whole in JSON-LD.
    body = clean(namesIn(page.article?.articleBody)[0]?.split(/\n+/u) ?? []);
  }
  if (words(body) < MIN_ARTICLE_WORDS) return null;
  const text = body.join('\n\n');
  // A <title> that is only the site's name is no title for this story.
  const untitled = meta.title === '' || meta.title.toLowerCase() === meta.source?.toLowerCase();
  return {
    ...meta,
    title: untitled ? titleFromText(text) : meta.title,
    published: readPublished(doc, page, found.lines, [meta.url, pageUrl]),
    // A page that declares no language is read for one: claims are only made from English.
    lang: meta.lang ?? guessLang(text),
    text,
  };
}
