import { wordCount } from '../text/line-shape.ts';
import { cleanByline } from '../text/byline.ts';
import { pageByline } from './byline.ts';
import { cleanTitle, siteNames } from './title.ts';
import { firstMeta, namesIn, textOf, type PageMeta } from './page-meta.ts';

export interface ArticleMeta {
  title: string;
  source: string | null;
  byline: string | null;
  url: string;
  lang: string | null;
}

/** A shorter <h1> is a logo or a section name, not the headline. */
const H1_MIN_WORDS = 3;
/** Bylines longer than this are a paragraph the CMS mislabelled. */
const BYLINE_MAX_CHARS = 200;

function hostOf(pageUrl: string): string {
  try {
    return new URL(pageUrl).hostname.replace(/^www\./u, '');
  } catch {
    return '';
  }
}

/** link rel=canonical, else og:url, resolved against the page; http(s) only, else the page URL. */
function canonicalUrl(doc: Document, page: PageMeta, pageUrl: string): string {
  const link = Array.from(doc.querySelectorAll('link[rel][href]')).find((l) => /(?:^|\s)canonical(?:\s|$)/iu.test(l.getAttribute('rel') ?? ''));
  for (const href of [link?.getAttribute('href'), firstMeta(page, ['og:url'])]) {
    if (!href) continue;
    try {
      const url = new URL(href.trim(), pageUrl);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // A malformed canonical is ignored like a missing one.
    }
  }
  return pageUrl;
}

function readTitle(doc: Document, page: PageMeta, sites: readonly string[]): string {
  const h1 = textOf(doc.querySelector('article h1, main h1') ?? doc.querySelector('h1'));
  const candidates = [firstMeta(page, ['og:title', 'twitter:title']), namesIn(page.article?.headline)[0], h1];
  for (const candidate of candidates) {
    const title = candidate ? cleanTitle(candidate, sites) : '';
    // og:title set to the site name is a site-wide default, not this page's title.
    if (!title || sites.some((s) => s.toLowerCase() === title.toLowerCase())) continue;
    // "Asia-pacific - Third blogger hacked to death": the page's own headline drops the section prefix.
    return wordCount(h1) >= H1_MIN_WORDS && title !== h1 && title.includes(h1) ? h1 : title;
  }
  return cleanTitle(textOf(doc.querySelector('title')), sites, true);
}

/**
 * JSON-LD authors, then author metas, then the first byline printed on the
 * page, then Readability's: it skips headers it deems unlikely content
 * ("story-header") and may then take a teaser's byline further down.
 */
function readByline(doc: Document, page: PageMeta, readabilityByline: string | null | undefined): string | null {
  const authors = namesIn(page.article?.author);
  const meta = firstMeta(page, ['author', 'article:author', 'parsely-author', 'sailthru.author', 'byl', 'dc.creator']);
  const declared = [authors.join(', '), meta && !/^https?:/iu.test(meta) ? meta : null].map(cleanByline).find((c) => c !== null);
  const byline = declared ?? pageByline(doc) ?? cleanByline(readabilityByline);
  return byline && byline.length <= BYLINE_MAX_CHARS ? byline : null;
}

/** Primary language subtag, lowercased: "en-GB" -> "en", "pt_BR" -> "pt". */
function primaryLang(value: string | null | undefined): string | null {
  const primary = value?.trim().split(/[-_]/u)[0]?.toLowerCase();
  return primary && /^[a-z]{2,3}$/u.test(primary) ? primary : null;
}

/** Title, source, byline, canonical URL and language from the page's markup. */
export function readMetadata(doc: Document, page: PageMeta, pageUrl: string, readabilityByline?: string | null): ArticleMeta {
  const host = hostOf(pageUrl);
  const source =
    firstMeta(page, ['og:site_name']) ??
    namesIn(page.article?.publisher)[0] ??
    namesIn(page.organization?.name)[0] ??
    firstMeta(page, ['application-name']) ??
    (host || null);
  const sites = siteNames([source, namesIn(page.article?.publisher)[0] ?? null], host);
  const lang = [doc.documentElement?.getAttribute('lang'), firstMeta(page, ['og:locale', 'content-language']), namesIn(page.article?.inLanguage)[0]]
    .map(primaryLang)
    .find((l) => l !== null);
  return { title: readTitle(doc, page, sites), source, byline: readByline(doc, page, readabilityByline), url: canonicalUrl(doc, page, pageUrl), lang: lang ?? null };
}
