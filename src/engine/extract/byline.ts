// The byline printed on the page, for pages whose metadata names no author.
import { cleanByline } from '../text/byline.ts';
import { textOf } from './page-meta.ts';

/** Class and id words of the element that holds the byline (Readability's own test, plus "contributors"). */
const BYLINE_NAME = /byline|author|writtenby|contributors/iu;
/** A byline's element holds a line, not the author's biography. */
const ELEMENT_MAX_CHARS = 100;
/** Bylines in these belong to teasers, comments or the author box, not to this story. */
const FOREIGN = 'nav, aside, footer, [id*="comment"], [class*="comment"], [class*="related"], [class*="teaser"]';

/**
 * The byline printed on the page, read from the whole document: stripping
 * chrome can take the element that holds it ("hasnt-bio" reads as an author
 * box), and Readability then finds none.
 */
export function pageByline(doc: Document): string | null {
  for (const element of doc.querySelectorAll('[rel~="author"], [itemprop~="author"], [class], [id]')) {
    const named = BYLINE_NAME.test(`${element.getAttribute('class') ?? ''} ${element.id}`);
    if (!named && !element.matches('[rel~="author"], [itemprop~="author"]')) continue;
    if (element.closest(FOREIGN)) continue;
    const text = textOf(element.querySelector('[itemprop="name"]') ?? element);
    if (text.length === 0 || text.length > ELEMENT_MAX_CHARS) continue;
    const byline = cleanByline(text);
    if (byline) return byline;
  }
  return null;
}
