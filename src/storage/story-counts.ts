import type { CrosscheckDb } from './db.ts';
import { getStory } from './stories-repo.ts';
import { collapseConflicts } from './conflict-collapse.ts';
import { dismissedAmong } from './dismissed-repo.ts';

export interface StoryCounts {
  /** Other articles in the story. */
  others: number;
  /** Contradictions the reader has not dismissed (updates are not contradictions), one per disagreement however many copies repeat it. */
  conflicts: number;
}

/** What the toolbar badge counts for an article. */
export async function storyCounts(db: CrosscheckDb, url: string): Promise<StoryCounts | undefined> {
  const story = await getStory(db, url);
  if (!story) return undefined;
  const [group, records] = await Promise.all([db.groups.get(story.groupId), db.conflicts.where('ids').equals(url).toArray()]);
  const open = records.filter((c) => c.kind === 'conflict');
  const dismissed = await dismissedAmong(db, open);
  return {
    others: Math.max(0, (group?.articleIds.length ?? 1) - 1),
    conflicts: collapseConflicts(open.filter((c) => !dismissed.has(c.key)), url).length,
  };
}
