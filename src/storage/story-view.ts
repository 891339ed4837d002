import { independentTexts } from '../engine/match/groups.ts';
import type { Relation } from '../engine/match/relation.ts';
import type { CrosscheckDb, StoryRecord } from './db.ts';
import { getStory, storiesAt } from './stories-repo.ts';

export interface SourceView {
  story: StoryRecord;
  /** How this source relates to the article being read; `same-story` also for stories joined through another source. */
  relation: Relation;
  /** For copies: share of this source's text found in the article being read, and the reverse. */
  reusedHere: number | null;
  reusedThere: number | null;
  direct: boolean;
}

export interface StoryView {
  story: StoryRecord;
  sources: SourceView[];
  /** Articles in the story, this one included, and how many distinct texts they are. */
  articleCount: number;
  independentTexts: number;
}

/** Everything the popup shows about the story an article belongs to: other sources and how they relate. */
export async function loadStoryView(db: CrosscheckDb, url: string): Promise<StoryView | undefined> {
  const story = await getStory(db, url);
  if (!story) return undefined;
  const group = await db.groups.get(story.groupId);
  const ids = group?.articleIds ?? [url];
  const [records, matches] = await Promise.all([
    storiesAt(db, ids.filter((id) => id !== url)),
    db.matches.where('a').anyOf(ids).toArray(),
  ]);
  const inGroup = matches.filter((m) => ids.includes(m.b));
  const sources = records.map((other): SourceView => {
    const m = inGroup.find((x) => (x.a === url && x.b === other.url) || (x.b === url && x.a === other.url));
    if (!m) return { story: other, relation: 'same-story', reusedHere: null, reusedThere: null, direct: false };
    const hereIsA = m.a === url;
    return { story: other, relation: m.relation, reusedHere: hereIsA ? m.reusedA : m.reusedB, reusedThere: hereIsA ? m.reusedB : m.reusedA, direct: true };
  });
  sources.sort((x, y) => Number(y.direct) - Number(x.direct) || (x.relation === 'copy' ? -1 : 0) - (y.relation === 'copy' ? -1 : 0) || y.story.lastSeen - x.story.lastSeen);
  return { story, sources, articleCount: ids.length, independentTexts: independentTexts(ids, inGroup).length };
}
