// Runs on every page the reader opens, before anything else: it must be cheap
// (no Readability, no layout) and must say no to fronts, listings and search.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { isArticleNode, readJsonLd, typesOf } from './json-ld.ts';

/** Page types that list other pages: a front or a search page even if prose-heavy. */
const LISTING_TYPES: ReadonlySet<string> = new Set(['CollectionPage', 'ItemList', 'SearchResultsPage', 'ProfilePage']);
/** Paths of search result pages; their snippets read like prose. */
const SEARCH_PATH = /\/(?:search|find)(?:\/|$)|[?&](?:q|s|query|search)=/iu;
/** With this many <article> elements the page is a grid of teaser cards... */
const TEASER_GRID_MIN = 3;
/** ...and a card shorter than this is a teaser, whatever its paragraphs. */
const TEASER_CARD_MAX_CHARS = 1500;

function isFrontOrSearch(pageUrl: string): boolean {
  try {
    const url = new URL(pageUrl);
    return (url.pathname === '/' && url.search === '') || SEARCH_PATH.test(url.pathname + url.search);
  } catch {
    return false;
  }
}

function isVisible(node: Element): boolean {
  return !node.hasAttribute('hidden') && node.getAttribute('aria-hidden') !== 'true' && !/display:\s*none/iu.test(node.getAttribute('style') ?? '');
}

/** Readability's readerable test, blind to text inside links and inside teaser cards of a grid. */
function hasArticleProse(doc: Document): boolean {
  const grid = doc.querySelectorAll('article').length >= TEASER_GRID_MIN;
  const cardLength = new Map<Element, number>();
  const inTeaserCard = (node: Element): boolean => {
    const card = node.closest('article');
    if (!grid || !card) return false;
    if (!cardLength.has(card)) cardLength.set(card, (card.textContent ?? '').length);
    return cardLength.get(card)! < TEASER_CARD_MAX_CHARS;
  };
  return isProbablyReaderable(doc, {
    // Readability only hands elements (p, pre, article, a <br>'s parent) to this checker.
    visibilityChecker: (node) => {
      const element = node as Element;
      return isVisible(element) && !element.closest('a') && !inTeaserCard(element);
    },
  });
}

/**
 * Is this page one article? Article metadata (JSON-LD, og:type) says yes; a
 * listing type, the site root or a search page says no; otherwise the page
 * must carry article-like prose outside links and teaser cards.
 *
 * @example isProbablyArticle(document, location.href) // false on a homepage
 */
export function isProbablyArticle(doc: Document, pageUrl?: string): boolean {
  if (pageUrl !== undefined && isFrontOrSearch(pageUrl)) return false;
  const nodes = readJsonLd(doc);
  if (nodes.some(isArticleNode)) return true;
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
  if (ogType === 'article') return true;
  if (nodes.some((node) => typesOf(node).some((t) => LISTING_TYPES.has(t)))) return false;
  return hasArticleProse(doc);
}
