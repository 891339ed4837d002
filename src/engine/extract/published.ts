import { parseDateline, toIsoDate } from '../text/dateline.ts';
import { firstMeta, namesIn, textOf, type PageMeta } from './page-meta.ts';

/** Metas that name the publication time, after article:published_time, most specific first. */
const DATE_METAS = [
  'og:published_time', 'article:published', 'datepublished', 'publishdate', 'publish-date', 'publish_date', 'pubdate',
  'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dcterms.created', 'dc.date', 'date',
  'article.published', 'original-publish-date', 'cxenseparse:recs:publishtime',
];
/** Where a visible date sits: the article header, its meta line, elements named for dates. */
const HEADER_DATE = 'article header, main header, header time, article time, [class*="date"], [class*="time"], [class*="publish"], [class*="meta"]';
/** Text longer than this is not a dateline but a paragraph that mentions a date. */
const DATELINE_MAX_CHARS = 90;
/** How many of the first body lines may carry the dateline. */
const FIRST_LINES = 5;
const UPDATED = /^(?:updated|last updated|modified)\b/iu;

/** A <time> in these is a teaser's or a comment's date, not the story's. */
const FOREIGN_TIME = 'nav, aside, footer, li, a, [id*="comment"], [class*="comment"], [class*="related"]';

function timeElementDate(doc: Document): string | null {
  const time =
    doc.querySelector('[itemprop="datePublished"][datetime], [itemprop="datePublished"][content], article header time[datetime], header time[datetime], time[pubdate][datetime]') ??
    Array.from(doc.querySelectorAll('time[datetime]')).find((t) => !t.closest(FOREIGN_TIME));
  const value = time?.getAttribute('datetime') ?? time?.getAttribute('content');
  return value ? toIsoDate(value) : null;
}

/** A printed dateline: in the article header first, else among the first body lines. "Published" beats "Updated". */
function visibleDate(doc: Document, firstLines: readonly string[]): string | null {
  const own = Array.from(doc.querySelectorAll(HEADER_DATE)).filter((el) => !el.closest(FOREIGN_TIME));
  const texts = [...own.map((el) => textOf(el)), ...firstLines.slice(0, FIRST_LINES)];
  let updated: string | null = null;
  for (const text of texts) {
    if (text.length > DATELINE_MAX_CHARS) continue;
    const parsed = parseDateline(text);
    if (!parsed) continue;
    if (!UPDATED.test(text)) return parsed.iso;
    updated ??= parsed.iso;
  }
  return updated;
}

/** Publication time as ISO: metadata first, then a <time> in the header, other metas, a visible dateline. */
export function readPublished(doc: Document, page: PageMeta, firstLines: readonly string[]): string | null {
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
    visibleDate(doc, firstLines)
  );
}
