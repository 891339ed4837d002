import type { Plugin } from 'vite';

/**
 * Readability assigns innerHTML in two places: to restore the page between
 * extraction attempts, and to unwrap <noscript> images. Both run on our inert
 * clone of the page, so they are safe, but AMO's linter cannot know that and
 * rejects the bundle. These rewrites do the same with DOM nodes instead of HTML
 * strings. The build fails if a pattern is missing, so an upgrade of
 * Readability cannot silently bring the assignments back.
 */
export const READABILITY_REWRITES: readonly (readonly [from: string, to: string])[] = [
  ['var pageCacheHtml = page.innerHTML;', 'var pageCacheHtml = page.cloneNode(true);'],
  ['page.innerHTML = pageCacheHtml;', 'page.replaceChildren(...pageCacheHtml.cloneNode(true).childNodes);'],
  // In a live page's clone, <noscript> holds text, not elements, so the unwrap
  // path is never taken; cloning keeps it inert if it ever is.
  ['tmp.innerHTML = noscript.innerHTML;', 'tmp.replaceChildren(...noscript.cloneNode(true).childNodes);'],
];

export function rewriteReadability(code: string): string {
  return READABILITY_REWRITES.reduce((out, [from, to]) => {
    if (!out.includes(from)) throw new Error(`readability-safe-dom: "${from}" not found; review the rewrite for this Readability version`);
    return out.split(from).join(to);
  }, code);
}

export function readabilitySafeDom(): Plugin {
  return {
    name: 'crosscheck:readability-safe-dom',
    enforce: 'pre',
    transform(code, id) {
      return /@mozilla[\\/]readability[\\/]Readability\.js$/.test(id) ? { code: rewriteReadability(code), map: null } : null;
    },
  };
}
