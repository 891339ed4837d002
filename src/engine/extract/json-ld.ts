// schema.org JSON-LD blocks, flattened: a page may hold one object, an array,
// an @graph, or a WebPage whose mainEntity is the article. Shared by the gate
// (which must stay small: no other imports here) and the metadata reader.

export type JsonLdNode = Record<string, unknown>;

/** schema.org types that mean "this page is one piece of reporting or writing". */
export const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle',
  'ReviewNewsArticle', 'AskPublicNewsArticle', 'BlogPosting', 'LiveBlogPosting', 'SocialMediaPosting', 'Report', 'ScholarlyArticle',
]);

const isNode = (value: unknown): value is JsonLdNode => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Parses leniently: CMSes often emit raw newlines or tabs inside JSON strings. */
function parseBlock(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    try {
      // eslint-disable-next-line no-control-regex -- control characters are exactly what breaks these blocks
      return JSON.parse(text.replace(/[\u0000-\u001f]+/gu, ' '));
    } catch {
      return null;
    }
  }
}

function collect(value: unknown, into: JsonLdNode[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into);
    return;
  }
  if (!isNode(value)) return;
  into.push(value);
  collect(value['@graph'], into);
  if (isNode(value.mainEntity)) collect(value.mainEntity, into);
}

/** Every top-level JSON-LD node of the page (not the items of lists it describes). */
export function readJsonLd(doc: Document): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  for (const script of doc.querySelectorAll('script[type]')) {
    if (!/ld\+json/iu.test(script.getAttribute('type') ?? '')) continue;
    collect(parseBlock(script.textContent ?? ''), nodes);
  }
  return nodes;
}

/** "@type" as a list of bare names ("https://schema.org/NewsArticle" -> "NewsArticle"). */
export function typesOf(node: JsonLdNode): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/#]/u, ''));
}

export function isArticleNode(node: JsonLdNode): boolean {
  return typesOf(node).some((t) => ARTICLE_TYPES.has(t));
}
