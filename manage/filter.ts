import type { LibraryStory } from '../src/storage/library-view.ts';
import type { StoryRecord } from '../src/storage/db.ts';

export type Period = 'any' | 'day' | 'week' | 'month' | 'year';

export interface LibraryFilter {
  query: string;
  /** An outlet name, or '' for all. */
  source: string;
  period: Period;
}

const PERIOD_DAYS: Record<Exclude<Period, 'any'>, number> = { day: 1, week: 7, month: 30, year: 365 };
const DAY_MS = 24 * 60 * 60 * 1000;

/** Lower case without accents, so "cafe" finds "Café". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Every word of the query must occur in the article's title, outlet or text.
 * The text is stored deflated: it is asked for only when the title, outlet
 * and URL do not already hold every word.
 */
export function articleMatches(article: StoryRecord, words: readonly string[], textOf: (url: string) => string): boolean {
  if (!words.length) return true;
  const head = fold(`${article.title}\n${article.source ?? ''}\n${article.url}`);
  const rest = words.filter((w) => !head.includes(w));
  if (!rest.length) return true;
  const text = fold(textOf(article.url));
  return rest.every((w) => text.includes(w));
}

export interface FilteredStory {
  story: LibraryStory;
  /** URLs of the story's articles that match the search (all of them without a query). */
  hits: Set<string>;
}

/** The stories to show: read within the period, with an article from the source, and one matching every search word. */
export function filterLibrary(stories: readonly LibraryStory[], filter: LibraryFilter, now: number, textOf: (url: string) => string): FilteredStory[] {
  const words = fold(filter.query).split(/\s+/u).filter(Boolean);
  const since = filter.period === 'any' ? -Infinity : now - PERIOD_DAYS[filter.period] * DAY_MS;
  return stories.flatMap((story) => {
    if (story.lastSeen < since) return [];
    if (filter.source && !story.articles.some((a) => a.source === filter.source)) return [];
    const hits = new Set(story.articles.filter((a) => articleMatches(a, words, textOf)).map((a) => a.url));
    return hits.size ? [{ story, hits }] : [];
  });
}
