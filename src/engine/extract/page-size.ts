// Extraction runs in one go (clone, chrome strip, Readability, text clean-up),
// and its cost grows with the page: measured in the e2e browsers at ~4 µs per
// element in Chromium and ~11 µs in Firefox (mostly the chrome strip), plus
// ~0.7 µs per character of text. A 10 MB page froze its tab for over 15 s when
// this ran in the page; it now runs in the background (Chrome: an offscreen
// document), which such a page would stall just as long. Past these bounds a
// page is not read at all and the reader is told it is too large; real news
// articles sit far inside them.
export const PAGE_SIZE_LIMITS = Object.freeze({
  /** News article pages carry 1,000–6,000 elements; at 15,000 extraction costs ~70 ms in Chromium. */
  elements: 15_000,
  /** Characters of visible text: ~80,000 words, five times the longest long read; ~350 ms in Chromium. */
  textChars: 500_000,
});

/** Text that is not page text: scripts (inline JSON state can be megabytes), styles, templates. */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT (the constant is not in the engine's ES-only lib)

/**
 * Whether a page is too large to read without freezing it. Cheap on any page:
 * the element count is one native query, the text length usually another, and
 * the text walk (only when scripts and styles may make up the difference) stops once past the bound.
 *
 * @example isTooLargeToRead(document) // true for a 10 MB page or 50,000 elements
 */
export function isTooLargeToRead(doc: Document, limits: { elements: number; textChars: number } = PAGE_SIZE_LIMITS): boolean {
  // querySelectorAll, not getElementsByTagName('*'): linkedom (the CLI's DOM) answers 0 to the latter.
  if (doc.querySelectorAll('*').length > limits.elements) return true;
  const root = doc.body ?? doc.documentElement;
  if (!root) return false;
  // All text, scripts and styles included, is one native call and an upper bound of the visible text:
  // on almost every page it settles the question without walking a node from script.
  if ((root.textContent ?? '').length <= limits.textChars) return false;
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (NOT_TEXT.has(node.parentNode?.nodeName ?? '')) continue;
    chars += node.nodeValue?.length ?? 0;
    if (chars > limits.textChars) return true;
  }
  return false;
}
