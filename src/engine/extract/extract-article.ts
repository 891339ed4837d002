import { Readability } from '@mozilla/readability';
import { cleanLines } from '../text/clean-lines.ts';
import { titleFromText } from '../text/fallback-title.ts';
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
 * Extracts one article from a page. `doc` is read, never modified: Readability
 * runs on a clone with page chrome stripped, its blocks become lines, and
 * cleanLines removes what chrome is left. Null when there is no real article text.
 *
 * @example
 * const article = extractArticle(document, location.href);
 * // { url, title, source, byline, published, lang, text: 'First paragraph.\n\nSecond.' } | null
 */
const words = (lines: readonly string[]): number => lines.reduce((sum, line) => sum + wordCount(line), 0);

/** Readability's pick, as lines of text; empty when it found nothing. */
function readabilityLines(doc: Document): { lines: string[]; byline: string | null } {
  const clone = doc.cloneNode(true) as Document;
  stripChrome(clone);
  // The serializer hands back the content node itself: no HTML string, no re-parse.
  const parsed = new Readability<Node>(clone, { serializer: (node) => node }).parse();
  return { lines: parsed?.content ? collectParagraphs(parsed.content) : [], byline: parsed?.byline ?? null };
}

export function extractArticle(doc: Document, pageUrl: string): ExtractedArticle | null {
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
  return { ...meta, title: untitled ? titleFromText(text) : meta.title, published: readPublished(doc, page, found.lines), text };
}
