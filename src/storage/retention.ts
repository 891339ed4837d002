import type { CrosscheckDb } from './db.ts';
import type { Settings } from './settings-repo.ts';
import { deleteArticles, type DeleteResult } from './story-delete.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When each story was last read: the latest lastSeen of its articles. Read
 * from three indexes only (lastSeen, groupId and url, with the stories' keys),
 * never the records, so it stays cheap on a large store.
 */
async function storyRecency(db: CrosscheckDb): Promise<{ groups: Map<string, number>; members: Map<string, string[]> }> {
  const bySeen = db.stories.orderBy('lastSeen');
  const byGroup = db.stories.orderBy('groupId');
  const byUrl = db.stories.orderBy('url');
  const [seen, seenKeys, groupIds, groupKeys, urls, urlKeys] = await Promise.all([
    bySeen.keys(), bySeen.primaryKeys(), byGroup.keys(), byGroup.primaryKeys(), byUrl.keys(), byUrl.primaryKeys(),
  ]);
  const lastSeen = new Map(seenKeys.map((key, i) => [key, Number(seen[i])]));
  const urlOf = new Map(urlKeys.map((key, i) => [key, String(urls[i])]));
  const groups = new Map<string, number>();
  const members = new Map<string, string[]>();
  groupKeys.forEach((key, i) => {
    const id = String(groupIds[i]);
    groups.set(id, Math.max(groups.get(id) ?? 0, lastSeen.get(key) ?? 0));
    members.set(id, [...(members.get(id) ?? []), urlOf.get(key)!]);
  });
  return { groups, members };
}

/**
 * The retention policy: deletes whole stories not read for `retentionDays`,
 * then the least recently read stories beyond `maxStories`. A story is kept
 * or deleted as a whole, so its remaining articles never lose their context.
 */
export async function applyRetention(db: CrosscheckDb, settings: Pick<Settings, 'retentionDays' | 'maxStories'>, now: number): Promise<DeleteResult> {
  const { retentionDays, maxStories } = settings;
  const cutoff = retentionDays === null ? -Infinity : now - retentionDays * DAY_MS;
  // Cheap checks first: nothing to do in the common case.
  const old = retentionDays !== null && (await db.stories.where('lastSeen').below(cutoff).count()) > 0;
  const many = maxStories !== null && (await db.groups.count()) > maxStories;
  if (!old && !many) return { articles: 0, tabIds: [] };
  const { groups, members } = await storyRecency(db);
  const newestFirst = [...groups].sort((x, y) => y[1] - x[1]);
  const doomed = newestFirst.filter(([, seen], rank) => seen < cutoff || (maxStories !== null && rank >= maxStories)).map(([id]) => id);
  if (!doomed.length) return { articles: 0, tabIds: [] };
  return deleteArticles(db, doomed.flatMap((id) => members.get(id) ?? []));
}
