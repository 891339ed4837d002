import type { ExtractedArticle } from '../engine/types.ts';
import { LIMITS } from './limits.ts';

const clip = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);
const within = (text: string | null, max: number): string | null => (text !== null && text.length <= max ? text : null);

/**
 * An extracted article made to fit the protocol's limits before the content
 * script sends it. Pages carry absurd metadata (a 200,000-character og:title, a
 * canonical URL longer than any browser keeps), and the background rightly
 * refuses such a message whole: without this, one bad field would silently
 * lose the capture. The text is never cut (an over-long body is "too large").
 *
 * @example fitArticle({ ...article, title: 'x'.repeat(5000) }, pageUrl).title.length // LIMITS.title
 */
export function fitArticle(article: ExtractedArticle, pageUrl: string): ExtractedArticle {
  return {
    ...article,
    url: article.url.length <= LIMITS.url ? article.url : pageUrl,
    title: clip(article.title, LIMITS.title),
    source: within(article.source, LIMITS.source),
    byline: within(article.byline, LIMITS.byline),
    lang: within(article.lang, LIMITS.lang),
  };
}
