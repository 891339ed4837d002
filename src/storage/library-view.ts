import type { MatchRecord } from '../engine/match/store.ts';
import type { ConflictRecord, CrosscheckDb, StoryRecord } from './db.ts';
import { dismissedAmong } from './dismissed-repo.ts';
import { getSettings, type Settings } from './settings-repo.ts';
import { STORAGE_NOTICE_KEY, type StorageNotice } from './quota.ts';
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
}

/**
 * Everything saved, grouped by story. Reads whole records (the search covers
 * the text), so it is for the manage page, not for hot paths; the retention
 * policy keeps the store to a size this is fine for.
 */
export async function loadLibrary(db: CrosscheckDb): Promise<Library> {
  const [articles, matches, conflicts, settings, notice] = await Promise.all([
    db.stories.toArray(), db.matches.toArray(), db.conflicts.toArray(), getSettings(db), db.settings.get(STORAGE_NOTICE_KEY)]);
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
  return { stories, articleCount: articles.length, sources, settings, storageNotice: (notice?.value as StorageNotice | undefined) ?? null };
}
