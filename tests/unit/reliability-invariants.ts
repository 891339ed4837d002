// What "consistent" means for the extension's store, as one pure check over
// the raw rows of every table. Used by the unit tests (fake-indexeddb) and by
// the e2e tests (rows read with plain IndexedDB inside the real browser), so a
// concurrency or crash test fails with the exact record that is wrong.

import { inflateSync } from 'fflate';

/** The fields the check reads; rows may carry more. */
export interface StoreRows {
  stories: { url: string; groupId: string; firstSeen: number; lastSeen: number; fingerprint?: unknown }[];
  /** Each story's body: as stored (text and claims deflated, src/storage/story-body.ts), or its text as read in a browser. */
  bodies: { url: string; packed?: Uint8Array; text?: string }[];
  groups: { id: string; articleIds: string[] }[];
  matches: { a: string; b: string }[];
  conflicts: { key: string; ids: string[] }[];
  tabs?: { tabId: number; status: string; storyUrl: string | null }[];
  dismissed?: { key: string; ids: string[] }[];
}

/** Every broken rule, one line each; empty when the store is consistent. */
export function storeProblems(rows: StoreRows): string[] {
  const problems: string[] = [];
  const stories = new Map(rows.stories.map((s) => [s.url, s]));
  const groups = new Map(rows.groups.map((g) => [g.id, g]));
  const bodies = new Map(rows.bodies.map((b) => [b.url, b]));
  const textOf = ({ packed, text }: StoreRows['bodies'][number]): string => {
    if (text !== undefined) return text;
    try {
      return packed ? String((JSON.parse(new TextDecoder().decode(inflateSync(packed))) as { text?: unknown }).text ?? '') : '';
    } catch {
      return '';
    }
  };
  for (const b of rows.bodies) if (!stories.has(b.url)) problems.push(`body of ${b.url}, which is not stored`);
  if (stories.size !== rows.stories.length) problems.push('two story rows share a URL');

  for (const s of rows.stories) {
    // lastSeen 0 and an empty text mark the placeholder ingest writes before saveStory fills it in.
    if (!(s.firstSeen > 0 && s.lastSeen >= s.firstSeen)) problems.push(`${s.url}: placeholder or bad seen times (${s.firstSeen}, ${s.lastSeen})`);
    const body = bodies.get(s.url);
    if (!body || !textOf(body)) problems.push(`${s.url}: no text`);
    if (!s.fingerprint) problems.push(`${s.url}: no fingerprint`);
    const group = groups.get(s.groupId);
    if (!group) problems.push(`${s.url}: its group ${s.groupId} does not exist`);
    else if (!group.articleIds.includes(s.url)) problems.push(`${s.url}: its group ${s.groupId} does not list it`);
  }
  const filed = new Map<string, string>();
  for (const g of rows.groups) {
    if (!g.articleIds.length) problems.push(`group ${g.id} is empty`);
    if (new Set(g.articleIds).size !== g.articleIds.length) problems.push(`group ${g.id} lists an article twice`);
    for (const id of g.articleIds) {
      const story = stories.get(id);
      if (!story) problems.push(`group ${g.id} lists ${id}, which is not stored`);
      else if (story.groupId !== g.id) problems.push(`group ${g.id} lists ${id}, which names group ${story.groupId}`);
      const other = filed.get(id);
      if (other !== undefined) problems.push(`${id} is listed by groups ${other} and ${g.id}`);
      filed.set(id, g.id);
    }
  }
  for (const m of rows.matches) {
    if (m.a === m.b) problems.push(`match of ${m.a} with itself`);
    for (const id of [m.a, m.b]) if (!stories.has(id)) problems.push(`match ${m.a} ~ ${m.b} names ${id}, which is not stored`);
  }
  for (const c of [...rows.conflicts, ...(rows.dismissed ?? [])]) {
    for (const id of c.ids) if (!stories.has(id)) problems.push(`conflict ${c.key.slice(0, 40)} names ${id}, which is not stored`);
  }
  for (const t of rows.tabs ?? []) {
    if (t.status === 'captured' && (t.storyUrl === null || !stories.has(t.storyUrl))) problems.push(`tab ${t.tabId} shows ${t.storyUrl}, which is not stored`);
  }
  return problems;
}

/** The stories as a partition: each group's sorted member URLs, sorted. Order-free, so two runs compare with toEqual. */
export function partition(rows: Pick<StoreRows, 'stories'>): string[][] {
  const byGroup = new Map<string, string[]>();
  for (const s of rows.stories) byGroup.set(s.groupId, [...(byGroup.get(s.groupId) ?? []), s.url]);
  return [...byGroup.values()].map((urls) => urls.sort()).sort((x, y) => (x[0] ?? '').localeCompare(y[0] ?? ''));
}
