import type { MatchConfig } from './config.ts';
import type { MatchRecord, StoredCandidate, StoryGroup } from './store.ts';

export interface FoundMatch {
  other: StoredCandidate;
  match: MatchRecord;
}

/**
 * The stories a new article joins: every story it copies from or matches
 * broadly enough (see MATCH_CONFIG.stories), merged if several; when none
 * qualifies, only the one it matches best. A single weak link can then add an
 * article to a story, but never fuse two stories.
 */
export function storiesToJoin(groups: readonly StoryGroup[], found: readonly FoundMatch[], { stories }: MatchConfig): StoryGroup[] {
  if (groups.length <= 1) return [...groups];
  const support = (g: StoryGroup): FoundMatch[] => found.filter((f) => f.other.groupId === g.id);
  const needed = (g: StoryGroup): number => Math.min(stories.bridgeCap, Math.max(1, Math.ceil(stories.bridgeShare * g.articleIds.length)));
  const qualifying = groups.filter((g) => {
    const hits = support(g);
    return hits.some((f) => f.match.relation === 'copy') || hits.length >= needed(g);
  });
  if (qualifying.length) return qualifying;
  const strength = (g: StoryGroup): [number, number] => {
    const hits = support(g);
    return [hits.length, Math.max(0, ...hits.map((f) => f.match.similarity))];
  };
  const best = [...groups].sort((x, y) => {
    const [cx, sx] = strength(x);
    const [cy, sy] = strength(y);
    return cy - cx || sy - sx;
  })[0];
  return best ? [best] : [];
}
