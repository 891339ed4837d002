import { independentTexts } from '../engine/match/groups.ts';
import type { MatchRecord } from '../engine/match/store.ts';
import type { StoryRecord } from './db.ts';

export interface CopyView {
  story: StoryRecord;
  /** Share of the copy's text found in the text it copies (0..1), when they were compared directly. */
  reused: number | null;
}

/** One independent text of a story: the article that wrote it, and the copies filed under it. */
export interface TextView {
  original: StoryRecord;
  copies: CopyView[];
}

const published = (s: StoryRecord): number => (s.published ? Date.parse(s.published) : Infinity);

/** Who wrote it first: the earliest publication, else the first one read. */
function byAge(x: StoryRecord, y: StoryRecord): number {
  return published(x) - published(y) || x.firstSeen - y.firstSeen || x.url.localeCompare(y.url);
}

/**
 * Collapses a story's copies under the text they copy: articles joined by
 * `copy` matches are one text, its earliest article stands for it, and each
 * copy shows how much of its text it reused. Texts are oldest first.
 */
export function storyTexts(stories: readonly StoryRecord[], matches: readonly MatchRecord[]): TextView[] {
  const byUrl = new Map(stories.map((s) => [s.url, s]));
  const copies = matches.filter((m) => m.relation === 'copy' && byUrl.has(m.a) && byUrl.has(m.b));
  const reusedBy = (copy: string, original: string): number | null => {
    const m = copies.find((x) => (x.a === copy && x.b === original) || (x.b === copy && x.a === original));
    if (m) return m.a === copy ? m.reusedA : m.reusedB;
    // Copied through another copy: the most it shares with any article of the text.
    const shares = copies.filter((x) => x.a === copy || x.b === copy).map((x) => (x.a === copy ? x.reusedA : x.reusedB));
    return shares.length ? Math.max(...shares) : null;
  };
  return independentTexts(stories.map((s) => s.url), copies)
    .map((ids) => ids.flatMap((id) => byUrl.get(id) ?? []).sort(byAge))
    .filter((members) => members.length > 0)
    .map((members) => {
      const [original, ...rest] = members as [StoryRecord, ...StoryRecord[]];
      return { original, copies: rest.map((story) => ({ story, reused: reusedBy(story.url, original.url) })) };
    })
    .sort((x, y) => byAge(x.original, y.original));
}
