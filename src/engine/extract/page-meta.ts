import { isArticleNode, readJsonLd, typesOf, type JsonLdNode } from './json-ld.ts';

const ORGANIZATION_TYPES: ReadonlySet<string> = new Set(['Organization', 'NewsMediaOrganization', 'WebSite']);

/** The page's <meta> tags and JSON-LD, read once per extraction. */
export interface PageMeta {
  /** First content of each meta property/name/itemprop, keys lowercased. */
  meta: ReadonlyMap<string, string>;
  /** The JSON-LD node describing the article, if any. */
  article: JsonLdNode | null;
  /** The JSON-LD node of the site or publisher, if any. */
  organization: JsonLdNode | null;
}

export function readPageMeta(doc: Document): PageMeta {
  const meta = new Map<string, string>();
  for (const tag of doc.querySelectorAll('meta')) {
    const key = (tag.getAttribute('property') ?? tag.getAttribute('name') ?? tag.getAttribute('itemprop') ?? tag.getAttribute('http-equiv'))?.trim().toLowerCase();
    const content = tag.getAttribute('content')?.trim();
    if (key && content && !meta.has(key)) meta.set(key, content);
  }
  const nodes = readJsonLd(doc);
  const organization = nodes.find((n) => typesOf(n).some((t) => ORGANIZATION_TYPES.has(t))) ?? null;
  return { meta, article: nodes.find(isArticleNode) ?? null, organization };
}

/** First meta value among `keys`, in order of preference. */
export function firstMeta(page: PageMeta, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = page.meta.get(key);
    if (value) return value;
  }
  return null;
}

/** A JSON-LD value that may be a string, a {name} object, or a list of either: its names. */
export function namesIn(value: unknown): string[] {
  if (typeof value === 'string') return [value.trim()].filter(Boolean);
  if (Array.isArray(value)) return value.flatMap(namesIn);
  if (typeof value === 'object' && value !== null && 'name' in value) return namesIn((value as { name: unknown }).name);
  return [];
}

export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/gu, ' ').trim();
}
