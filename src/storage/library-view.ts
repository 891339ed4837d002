import type { MatchRecord } from '../engine/match/store.ts';
import type { ConflictRecord, CrosscheckDb, StoryBodyRecord, StoryRecord } from './db.ts';
import { dismissedAmong } from './dismissed-repo.ts';
import { getSettings, type Settings } from './settings-repo.ts';
import { STORAGE_NOTICE_KEY, type StorageNotice } from './quota.ts';
import { bodyText } from './story-body.ts';
import { storyTexts, type TextView } from './story-texts.ts';

/** One saved story as the manage page lists it. */
export interface LibraryStory {
  /** The story group's id. */
  id: string;
  /** The headline of its oldest independent text. */
  title: string;
  articles: StoryRecord[];
  texts: TextView[];
  matches: MatchRecord[];
  conflicts: ConflictRecord[];
  /** ConflictRecord keys the reader dismissed. */
  dismissed: Set<string>;
  /** When any of its articles was last read. */
  lastSeen: number;
}

export interface Library {
  /** Newest first. */
  stories: LibraryStory[];
  articleCount: number;
  /** Every outlet name, sorted, for the source filter. */
  sources: string[];
  settings: Settings;
  /** Set when the browser's storage filled up and the oldest stories were deleted to make room. */
  storageNotice: StorageNotice | null;
  /** An article's text, for the search: inflated on first use ('' when it has none). */
  textOf(url: string): string;
}

/** Texts kept deflated until a search needs them; each inflated once. */
function lazyTexts(bodies: readonly StoryBodyRecord[]): (url: string) => string {
  const deflated = new Map(bodies.map((b) => [b.url, b]));
  const inflated = new Map<string, string>();
  return (url) => {
    let text = inflated.get(url);
    if (text === undefined) {
      const body = deflated.get(url);
      text = body ? bodyText(body) : '';
      inflated.set(url, text);
    }
    return text;
  };
}

/**
 * Everything saved, grouped by story. Reads every record and body (the search
 * covers the text, inflated only when searched), so it is for the manage
 * page, not for hot paths; the retention policy keeps the store to a size
 * this is fine for.
 */
export async function loadLibrary(db: CrosscheckDb): Promise<Library> {
  const [articles, bodies, matches, conflicts, settings, notice] = await Promise.all([
    db.stories.toArray(), db.bodies.toArray(), db.matches.toArray(), db.conflicts.toArray(), getSettings(db), db.settings.get(STORAGE_NOTICE_KEY)]);
  const dismissed = await dismissedAmong(db, conflicts);
  const byGroup = new Map<string, StoryRecord[]>();
  for (const a of articles) byGroup.set(a.groupId, [...(byGroup.get(a.groupId) ?? []), a]);
  const groupOf = new Map(articles.map((a) => [a.url, a.groupId]));
  const matchesBy = new Map<string, MatchRecord[]>();
  for (const m of matches) {
    const g = groupOf.get(m.a);
    if (g !== undefined && g === groupOf.get(m.b)) matchesBy.set(g, [...(matchesBy.get(g) ?? []), m]);
  }
  const conflictsBy = new Map<string, ConflictRecord[]>();
  for (const c of conflicts) {
    const g = groupOf.get(c.a.id) ?? groupOf.get(c.b.id);
    if (g !== undefined) conflictsBy.set(g, [...(conflictsBy.get(g) ?? []), c]);
  }
  const stories = [...byGroup].map(([id, members]): LibraryStory => {
    const texts = storyTexts(members, matchesBy.get(id) ?? []);
    const storyConflicts = conflictsBy.get(id) ?? [];
    return {
      id,
      title: texts[0]?.original.title ?? members[0]?.title ?? '',
      articles: texts.flatMap((t) => [t.original, ...t.copies.map((c) => c.story)]),
      texts,
      matches: matchesBy.get(id) ?? [],
      conflicts: storyConflicts,
      dismissed: new Set(storyConflicts.filter((c) => dismissed.has(c.key)).map((c) => c.key)),
      lastSeen: Math.max(...members.map((m) => m.lastSeen)),
    };
  }).sort((x, y) => y.lastSeen - x.lastSeen);
  const sources = [...new Set(articles.map((a) => a.source ?? '').filter(Boolean))].sort((x, y) => x.localeCompare(y));
  return { stories, articleCount: articles.length, sources, settings, storageNotice: (notice?.value as StorageNotice | undefined) ?? null, textOf: lazyTexts(bodies) };
}
