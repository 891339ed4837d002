import type { MatchRecord, StoryGroup } from './store.ts';

/**
 * Splits a story's articles into independent texts: articles joined by `copy`
 * edges (directly or through another copy) are one text. "5 sources, 3
 * independent texts" is `texts.length === 3`.
 *
 * @example independentTexts(['a','b','c'], [{a:'a',b:'b',relation:'copy',...}]) // [['a','b'],['c']]
 */
export function independentTexts(articleIds: readonly string[], matches: readonly MatchRecord[]): string[][] {
  const parent = new Map(articleIds.map((id) => [id, id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(id, root);
    return root;
  };
  for (const m of matches) {
    if (m.relation !== 'copy' || !parent.has(m.a) || !parent.has(m.b)) continue;
    parent.set(find(m.b), find(m.a));
  }
  const texts = new Map<string, string[]>();
  for (const id of articleIds) {
    const root = find(id);
    texts.set(root, [...(texts.get(root) ?? []), id]);
  }
  return [...texts.values()];
}

/** The group that absorbs the others when one article bridges several stories: the oldest. */
export function pickSurvivor(groups: readonly StoryGroup[]): StoryGroup | undefined {
  return [...groups].sort((x, y) => x.createdAt - y.createdAt || x.id.localeCompare(y.id))[0];
}
