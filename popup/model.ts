import type { ConflictRecord, CrosscheckDb, StoryRecord, TabRecord } from '../src/storage/db.ts';
import { conflictsOf } from '../src/storage/conflicts-repo.ts';
import { dismissedAmong } from '../src/storage/dismissed-repo.ts';
import { getSettings, isPaused, type Settings } from '../src/storage/settings-repo.ts';
import { recentStories, storiesAt } from '../src/storage/stories-repo.ts';
import { loadStoryView, type StoryView } from '../src/storage/story-view.ts';
import { storyTexts, type TextView } from '../src/storage/story-texts.ts';
import { getTab } from '../src/storage/tabs-repo.ts';

const RECENT_LIMIT = 5;

/** What the popup shows, read in one pass (and again whenever the store changes). */
export interface PopupModel {
  tabId: number | null;
  tab: TabRecord | undefined;
  view: StoryView | undefined;
  texts: TextView[];
  conflicts: ConflictRecord[];
  /** ConflictRecord keys the reader dismissed. */
  dismissed: Set<string>;
  stories: Map<string, StoryRecord>;
  recent: StoryRecord[];
  saved: number;
  settings: Settings;
  /** The tab's site is paused now (its record may predate the pause). */
  sitePaused: boolean;
}

export async function loadPopup(db: CrosscheckDb, tabId: number | null): Promise<PopupModel> {
  const tab = tabId === null ? undefined : await getTab(db, tabId);
  const [settings, recent, saved] = await Promise.all([getSettings(db), recentStories(db, RECENT_LIMIT), db.stories.count()]);
  const view = tab?.status === 'captured' && tab.storyUrl ? await loadStoryView(db, tab.storyUrl) : undefined;
  const base = { tabId, tab, recent, saved, settings, sitePaused: tab ? isPaused(settings, tab.url) : false };
  if (!view) return { ...base, view, texts: [], conflicts: [], dismissed: new Set(), stories: new Map() };
  const members = [view.story, ...view.sources.map((s) => s.story)];
  const ids = members.map((s) => s.url);
  const [matches, conflicts] = await Promise.all([db.matches.where('a').anyOf(ids).toArray(), conflictsOf(db, view.story.url)]);
  const stories = new Map(members.map((s) => [s.url, s]));
  // A conflict can name an article outside the story (it was filed elsewhere since): fetch it for its outlet.
  const missing = [...new Set(conflicts.flatMap((c) => [c.a.id, c.b.id]))].filter((id) => !stories.has(id));
  for (const s of await storiesAt(db, missing)) stories.set(s.url, s);
  return {
    ...base,
    view,
    texts: storyTexts(members, matches.filter((m) => ids.includes(m.b))),
    conflicts,
    dismissed: await dismissedAmong(db, conflicts),
    stories,
  };
}
