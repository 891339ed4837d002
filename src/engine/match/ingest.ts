import type { ArticleAnalysis } from '../analysis.ts';
import type { Conflict } from '../conflicts/index.ts';
import { MATCH_CONFIG, type MatchConfig } from './config.ts';
import { pickSurvivor } from './groups.ts';
import { storiesToJoin, type FoundMatch } from './join-stories.ts';
import { lookupKeys } from './keys.ts';
import { relate } from './relation.ts';
import { crossConflicts, storyConflicts } from './story-conflicts.ts';
import type { ArticleStore, MatchRecord, StoredArticle, StoryGroup } from './store.ts';


export interface IngestResult {
  groupId: string;
  /** Matches of this article with the ones met before it. */
  matches: MatchRecord[];
  /** Story groups that this article joined into its own (their ids no longer exist). */
  mergedGroups: string[];
  /** Articles of the story other than this one, in the order they were met. */
  others: string[];
  /** Conflicts (and updates) this article takes part in, inside itself and with its story. */
  conflicts: Conflict[];
}

/**
 * Matches a new (or revisited) article against the store and files it into a
 * story group, incrementally: it joins the story of the articles it matches,
 * merges stories it bridges, or starts a new one; then compares its claims
 * with the story's other articles. All in one transaction.
 */
export async function ingest(store: ArticleStore, analysis: ArticleAnalysis, now: number, config: MatchConfig = MATCH_CONFIG): Promise<IngestResult> {
  return store.transaction(async () => {
    const previous = await store.getArticle(analysis.id);
    if (previous && sameContent(previous.analysis, analysis)) return unchanged(store, previous);
    if (previous) await detach(store, previous, now);
    const candidates = await store.findCandidates(lookupKeys(analysis.matchKeys, config.keys.daySpread));
    const found: FoundMatch[] = [];
    for (const other of candidates) {
      if (other.analysis.id === analysis.id) continue;
      const relation = relate(analysis, other.analysis, config);
      if (!relation) continue;
      // a = the earlier article, b = this one; reusedA/reusedB follow that order.
      const { relation: kind, similarity, reusedA, reusedB } = relation;
      found.push({ other, match: { a: other.analysis.id, b: analysis.id, relation: kind, similarity, reusedA: reusedB, reusedB: reusedA } });
    }
    const matched = (await Promise.all([...new Set(found.map((f) => f.other.groupId))].map((id) => store.getGroup(id))))
      .filter((g): g is StoryGroup => g !== undefined);
    const groups = storiesToJoin(matched, found, config);
    const survivor = pickSurvivor(groups) ?? { id: analysis.id, articleIds: [], createdAt: now, updatedAt: now };
    const merged = groups.filter((g) => g.id !== survivor.id);
    for (const group of merged) {
      await crossConflicts(store, survivor.articleIds, group.articleIds);
      survivor.articleIds.push(...group.articleIds);
      await store.setGroupOf(group.articleIds, survivor.id);
      await store.deleteGroup(group.id);
    }
    const others = survivor.articleIds.filter((id) => id !== analysis.id);
    survivor.articleIds = [...others, analysis.id];
    survivor.updatedAt = now;
    await store.putGroup(survivor);
    await store.putArticle({ analysis, groupId: survivor.id });
    const matches = found.map((f) => f.match);
    await store.putMatches(matches);
    // Claims are compared within the story joined: a match to another story's article is no peer.
    const peers = new Set([...matches.map((m) => m.a), ...others.slice(-config.conflicts.recentPeers)]);
    const conflicts = await storyConflicts(store, analysis, others.filter((id) => peers.has(id)));
    return { groupId: survivor.id, matches, mergedGroups: merged.map((g) => g.id), others, conflicts };
  });
}

function sameContent(a: ArticleAnalysis, b: ArticleAnalysis): boolean {
  const x = a.fingerprint.signature;
  const y = b.fingerprint.signature;
  return a.title === b.title && x.length === y.length && x.every((v, i) => v === y[i]);
}

async function unchanged(store: ArticleStore, previous: StoredArticle): Promise<IngestResult> {
  const group = await store.getGroup(previous.groupId);
  const matches = (await store.matchesOf(previous.analysis.id)).filter((m) => m.b === previous.analysis.id);
  const others = (group?.articleIds ?? []).filter((id) => id !== previous.analysis.id);
  const conflicts = await store.conflictsOf(previous.analysis.id);
  return { groupId: previous.groupId, matches, mergedGroups: [], others, conflicts };
}

/** Takes a changed article out of its story before it is matched afresh. */
async function detach(store: ArticleStore, previous: StoredArticle, now: number): Promise<void> {
  const id = previous.analysis.id;
  await store.deleteMatchesOf(id);
  await store.deleteConflictsOf(id);
  const group = await store.getGroup(previous.groupId);
  if (!group) return;
  group.articleIds = group.articleIds.filter((x) => x !== id);
  group.updatedAt = now;
  if (group.articleIds.length) await store.putGroup(group);
  else await store.deleteGroup(group.id);
}
