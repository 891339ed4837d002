import { UPDATED } from '../text/date-words.ts';
import { isDateOnlyLine, parseDateline, toIsoDate, toIsoUtc } from '../text/dateline.ts';
import { firstMeta, namesIn, textOf, type PageMeta } from './page-meta.ts';
import { titleParts } from './title.ts';

/** Metas that name the publication time, after article:published_time, most specific first. */
const DATE_METAS = [
  'og:published_time', 'article:published', 'article:publicationdate', 'datepublished', 'publisheddate', 'publishdate', 'publish-date',
  'publish_date', 'publicationdate', 'publication_date', 'pubdate', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued',
  'dcterms.created', 'dc.date', 'date', 'article.published', 'original-publish-date', 'cxenseparse:recs:publishtime',
];
/** Where a visible date sits: the article header, its meta line, elements named for dates. */
const HEADER_DATE = 'article header, main header, header time, article time, [class*="date"], [class*="time"], [class*="publish"], [class*="meta"]';
/** Attributes that carry a printed date's machine-readable form ("March 13, 2015" titled "2015-03-13T21:00:00+11:00"). */
const DATE_ATTRIBUTES = ['datetime', 'content', 'title'];
/** Text longer than this is not a dateline but a paragraph that mentions a date. */
const DATELINE_MAX_CHARS = 90;
/** How many of the first body lines may carry the dateline. */
const FIRST_LINES = 5;
/** "/2015/03/18/": the date news CMSes put in story paths. */
const URL_DATE = /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$)/u;

/** A <time> in these is a teaser's or a comment's date, not the story's. */
const FOREIGN_TIME = 'nav, aside, footer, a, [id*="comment"], [class*="comment"], [class*="related"]';

/**
 * Outside teasers and comments. A list item is a teaser when it links somewhere
 * ("Other stories" lists); the items of an article's own meta line (byline,
 * source, date) usually do not.
 */
function isOwnDate(element: Element): boolean {
  return !element.closest(FOREIGN_TIME) && !element.closest('li')?.querySelector('a[href]');
}

function timeElementDate(doc: Document): string | null {
  const time =
    doc.querySelector('[itemprop="datePublished"][datetime], [itemprop="datePublished"][content], article header time[datetime], header time[datetime], time[pubdate][datetime]') ??
    Array.from(doc.querySelectorAll('time[datetime]')).find(isOwnDate);
  const value = time?.getAttribute('datetime') ?? time?.getAttribute('content');
  return value ? toIsoDate(value) : null;
}

/** The machine-readable form a printed date may carry in an attribute. */
function attributeDate(element: Element): string | null {
  for (const name of DATE_ATTRIBUTES) {
    const value = element.getAttribute(name);
    const iso = value ? toIsoDate(value) : null;
    if (iso) return iso;
  }
  return null;
}

/** A printed dateline: in the article header first, else among the first body lines. "Published" beats "Updated". */
function visibleDate(doc: Document, firstLines: readonly string[]): string | null {
  const own = Array.from(doc.querySelectorAll(HEADER_DATE)).filter(isOwnDate);
  const candidates = [
    ...own.map((element) => ({ text: textOf(element), attribute: attributeDate(element) })),
    ...firstLines.slice(0, FIRST_LINES).map((text) => ({ text, attribute: null })),
  ];
  let updated: string | null = null;
  for (const { text, attribute } of candidates) {
    if (text.length > DATELINE_MAX_CHARS) continue;
    const parsed = parseDateline(text);
    if (!parsed) continue;
    // The attribute is read only beside a printed date, so a tooltip on other text never counts.
    const iso = attribute ?? parsed.iso;
    if (!UPDATED.test(text)) return iso;
    updated ??= iso;
  }
  return updated;
}

/** "Talks resume - 07.12.2017 - The Daily" or "Talks resume | DW | 19.01.2020": a title part that is only a date. */
function titleDate(doc: Document, page: PageMeta): string | null {
  for (const title of [firstMeta(page, ['og:title', 'twitter:title']), textOf(doc.querySelector('title'))]) {
    const part = title ? titleParts(title).find((p) => isDateOnlyLine(p) && parseDateline(p)) : undefined;
    if (part) return parseDateline(part)!.iso;
  }
  return null;
}

function urlDate(urls: readonly string[]): string | null {
  for (const url of urls) {
    const m = URL_DATE.exec(url);
    const iso = m ? toIsoUtc({ y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }) : null;
    if (iso) return iso;
  }
  return null;
}

/**
 * Publication time as ISO: metadata first, then a <time> in the header, other
 * metas, a visible dateline; last, a date printed in the title or the story's URL.
 */
export function readPublished(doc: Document, page: PageMeta, firstLines: readonly string[], urls: readonly string[] = []): string | null {
  const fromMeta = (keys: readonly string[]): string | null => {
    const value = firstMeta(page, keys);
    return value ? toIsoDate(value) : null;
  };
  const jsonLd = namesIn(page.article?.datePublished)[0] ?? namesIn(page.article?.dateCreated)[0];
  return (
    fromMeta(['article:published_time']) ??
    (jsonLd ? toIsoDate(jsonLd) : null) ??
    timeElementDate(doc) ??
    fromMeta(DATE_METAS) ??
    visibleDate(doc, firstLines) ??
    titleDate(doc, page) ??
    urlDate(urls)
  );
}
