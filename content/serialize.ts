import { LIMITS } from '../src/messaging/limits.ts';

/**
 * The page as HTML, for the background to read the article out of: one native
 * serialization, the only extraction work left on the page's main thread. The
 * doctype is kept so the page is re-parsed in the same mode. Null when the
 * HTML is past LIMITS.html (inline script state can make a page huge).
 */
export function serializePage(doc: Document): string | null {
  const doctype = doc.doctype ? new XMLSerializer().serializeToString(doc.doctype) : '';
  // Reading the page's HTML to send it, never writing HTML into a page.
  // eslint-disable-next-line no-restricted-properties
  const html = doctype + (doc.documentElement?.outerHTML ?? '');
  return html.length <= LIMITS.html ? html : null;
}
