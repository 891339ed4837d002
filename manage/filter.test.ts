import { describe, expect, it } from 'vitest';
import type { StoryRecord } from '../src/storage/db.ts';
import type { LibraryStory } from '../src/storage/library-view.ts';
import { filterLibrary } from './filter.ts';

const texts = new Map<string, string>();
const article = (url: string, title: string, source: string, text: string): StoryRecord => {
  texts.set(url, text);
  return { url, title, source } as StoryRecord;
};
const textOf = (url: string): string => texts.get(url) ?? '';
const story = (id: string, lastSeen: number, articles: StoryRecord[]): LibraryStory =>
  ({ id, title: articles[0]!.title, articles, texts: [], matches: [], conflicts: [], dismissed: new Set(), lastSeen });

const DAY = 24 * 60 * 60 * 1000;
const now = 100 * DAY;
const stories = [
  story('fire', now - DAY / 2, [article('https://a.example/fire', 'Fire at the Orlen plant', 'NWS', 'Firefighters battled a blaze in Valmora.')]),
  story('cafe', now - 10 * DAY, [article('https://b.example/cafe', 'Café reopens', 'The Courier', 'The owner said business was slow.'), article('https://c.example/cafe', 'Cafe is back', 'Global Press', 'Residents queued.')]),
];

describe('filterLibrary', () => {
  it('searches title, source and text, all words, ignoring case and accents', () => {
    expect(filterLibrary(stories, { query: 'valmora BLAZE', source: '', period: 'any' }, now, textOf).map((s) => s.story.id)).toEqual(['fire']);
    expect(filterLibrary(stories, { query: 'cafe', source: '', period: 'any' }, now, textOf)[0]?.hits.size).toBe(2);
    expect(filterLibrary(stories, { query: 'global press', source: '', period: 'any' }, now, textOf)[0]?.hits).toEqual(new Set(['https://c.example/cafe']));
    expect(filterLibrary(stories, { query: 'nowhere', source: '', period: 'any' }, now, textOf)).toEqual([]);
  });

  it('inflates an article\'s text only when its title, outlet and URL do not hold every word', () => {
    const asked: string[] = [];
    const counting = (url: string): string => (asked.push(url), textOf(url));
    expect(filterLibrary(stories, { query: 'orlen', source: '', period: 'any' }, now, counting).map((s) => s.story.id)).toEqual(['fire']);
    expect(asked).not.toContain('https://a.example/fire');
    expect(filterLibrary(stories, { query: 'orlen valmora', source: '', period: 'any' }, now, counting).map((s) => s.story.id)).toEqual(['fire']);
    expect(asked).toContain('https://a.example/fire');
  });

  it('filters by source and by when the story was last read', () => {
    expect(filterLibrary(stories, { query: '', source: 'The Courier', period: 'any' }, now, textOf).map((s) => s.story.id)).toEqual(['cafe']);
    expect(filterLibrary(stories, { query: '', source: '', period: 'week' }, now, textOf).map((s) => s.story.id)).toEqual(['fire']);
    expect(filterLibrary(stories, { query: '', source: '', period: 'month' }, now, textOf)).toHaveLength(2);
  });
});
