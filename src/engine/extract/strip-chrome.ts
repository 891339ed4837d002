import { CHROME_TUNABLES as T } from './chrome-tunables.ts';

/** Splits names like "relatedStories c-ad__slot" into lowercase tokens: related, stories, c, ad, slot. */
function tokens(text: string): string[] {
  return text
    .replace(/([a-z])([A-Z])/gu, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/u)
    .filter(Boolean);
}

function namesOf(element: Element): string {
  const names = [element.getAttribute('class'), element.id, element.getAttribute('aria-label')];
  for (const attr of Array.from(element.attributes)) {
    if (!attr.name.startsWith('data-')) continue;
    names.push(attr.name.slice(5));
    if (attr.value.length <= T.dataValueMaxChars) names.push(attr.value);
  }
  return names.filter(Boolean).join(' ');
}

export function looksLikeChrome(element: Element): boolean {
  if (T.roles.test(element.getAttribute('role') ?? '')) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  if (/display:\s*none|visibility:\s*hidden/iu.test(element.getAttribute('style') ?? '')) return true;
  const list = tokens(namesOf(element));
  return list.some((token) => T.tokens.test(token)) || T.phrases.test(list.join('-'));
}

function paragraphChars(root: Element): number {
  let total = 0;
  for (const p of root.querySelectorAll('p')) total += (p.textContent ?? '').length;
  return total;
}

// Tag names are compared as sets, not with matches()/closest(): linkedom (the
// CLI's DOM) parses and compiles the selector again on every call, which was a
// fifth of the CLI's extraction time. Same test as the type selectors: the
// lists hold no name that differs from a foreign (SVG) element's only by case.
const CHROME_TAGS: ReadonlySet<string> = new Set(T.tags);
const OUTSIDE_ARTICLE_ONLY: ReadonlySet<string> = new Set(T.outsideArticleOnly);
const RUNNING_TEXT: ReadonlySet<string> = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote']);
const nameOf = (element: Element): string => element.localName.toLowerCase();

function inRunningText(element: Element): boolean {
  for (let up = element.parentElement; up; up = up.parentElement) if (RUNNING_TEXT.has(nameOf(up))) return true;
  return false;
}

/** The element most likely to hold the story, used to protect it from removal. */
function articleAnchor(doc: Document): Element | null {
  const marked = doc.querySelector('[itemprop="articleBody"]');
  if (marked) return marked;
  const articles = Array.from(doc.querySelectorAll('article')).filter((a) => !looksLikeChrome(a));
  if (articles.length === 1) return articles[0]!;
  return doc.querySelector('main, [role="main"]');
}

/**
 * Removes page chrome from `doc` in place (call it on a clone): chrome tags,
 * landmarks, hidden elements and elements whose names mark them as chrome,
 * except an element that holds the article itself.
 */
export function stripChrome(doc: Document): void {
  const anchor = articleAnchor(doc);
  // An articleBody inside an <article>: the <article> is the story's own, and so is its <header> (headline, byline, date).
  const story = anchor?.closest('article') ?? anchor;
  const body = doc.body ?? doc.documentElement;
  const scope = anchor ?? body;
  const scopeChars = paragraphChars(scope);
  const isProtected = (element: Element): boolean => {
    if (element === body || element === doc.documentElement || (anchor && element.contains(anchor))) return true;
    if (!scope.contains(element)) return false;
    return scopeChars > 0 && paragraphChars(element) >= scopeChars * T.protectedTextShare;
  };
  const candidates = Array.from(body.querySelectorAll('*')).filter((element) => {
    const name = nameOf(element);
    if (CHROME_TAGS.has(name)) return true;
    if (OUTSIDE_ARTICLE_ONLY.has(name)) return !story || !story.contains(element);
    // Inside a paragraph a named span or link is part of a sentence ("@handle", a tag link): cutting it would cut words.
    return looksLikeChrome(element) && !inRunningText(element);
  });
  for (const element of candidates) {
    // Not element.isConnected: linkedom reports false for every node of a cloned document.
    if (body.contains(element) && !isProtected(element)) element.remove();
  }
  for (const element of doc.querySelectorAll('head script, head style')) element.remove();
}
