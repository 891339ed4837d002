import { extractClaims } from '../extract-claims.ts';
import type { ArticleClaims } from '../types.ts';

/**
 * Claims of an invented test article. `published` defaults to null; pass an
 * ISO string to resolve relative times against it.
 */
export function article(id: string, text: string, published: string | null = null, title = ''): ArticleClaims {
  return extractClaims({ id, title, text, published, lang: 'en' });
}
