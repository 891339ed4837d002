import type { ArticleAnalysis } from '../engine/analysis.ts';
import { pickSurvivor } from '../engine/match/groups.ts';
import type { StoryGroup } from '../engine/match/store.ts';
import { conflictKey } from '../engine/match/conflict-key.ts';
import type { ConflictRecord, CrosscheckDb, NewStoryRecord, StoryBodyRecord } from './db.ts';
import { storiesAt } from './stories-repo.ts';
import { encodeBody } from './story-body.ts';
import { ImportError, type ExportFile, type ExportedArticle, type ImportSummary } from './export-format.ts';
import { parseExport } from './import-validate.ts';
import type { ExtractedArticle } from '../engine/types.ts';

/**
 * Fingerprints and claims of an article. The extension passes its off-page
 * analyser (Chrome's worker does not load the NLP model itself); elsewhere the
 * engine runs right here.
 */
export type Analyze = (article: ExtractedArticle) => Promise<ArticleAnalysis>;
const analyzeHere: Analyze = async (article) => (await import('../engine/analysis.ts')).analyzeArticle(article);

/** The stored records from an exported article: its fields, plus the engine's analysis recomputed from the text. */
async function toRecord(a: ExportedArticle, index: number, analyze: Analyze): Promise<{ story: NewStoryRecord; body: StoryBodyRecord }> {
  try {
    const { url, title, source, byline, published, lang, text, firstSeen, lastSeen, groupId } = a;
    const { words, fingerprint, entities, quoteGrams, quoteSpeakers, figures, matchKeys, claims } = await analyze({ url, title, source, byline, published, lang, text });
    return {
      story: { url, title, source, byline, published, lang, firstSeen, lastSeen, groupId, words, fingerprint, entities, quoteGrams, quoteSpeakers, figures, matchKeys },
      body: encodeBody(url, text, claims),
    };
  } catch {
    throw new ImportError('invalid', `articles[${index}]: could not be analysed`);
  }
}

/** Union-find over group ids: stories that share an article are one story after the merge. */
function unionFind(): { union(a: string, b: string): void; find(a: string): string } {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while ((parent.get(root) ?? root) !== root) root = parent.get(root) ?? root;
    parent.set(id, root);
    return root;
  };
  return { find, union: (a, b) => void parent.set(find(b), find(a)) };
}

/** Several records of one story (from the file and from this browser) as one: the oldest id, every article once. */
function mergeGroups(records: readonly StoryGroup[]): StoryGroup {
  const ordered = [...records].sort((x, y) => x.createdAt - y.createdAt || x.id.localeCompare(y.id));
  const survivor = pickSurvivor(records) ?? (ordered[0] as StoryGroup);
  return {
    id: survivor.id,
    articleIds: [...new Set(ordered.flatMap((g) => g.articleIds))],
    createdAt: Math.min(...records.map((g) => g.createdAt)),
    updatedAt: Math.max(...records.map((g) => g.updatedAt)),
  };
}

/**
 * Merges a validated export into the store, in one transaction (a failure
 * leaves the store as it was). Nothing is duplicated: an article already here
 * keeps its record (its seen times widen), a story that shares an article with
 * one here becomes one story, and matches, conflicts and dismissals are added
 * only when missing. Importing the same file twice changes nothing.
 */
export async function importExport(db: CrosscheckDb, file: ExportFile, analyze: Analyze = analyzeHere): Promise<ImportSummary> {
  const urls = file.articles.map((a) => a.url);
  // Analysis is asynchronous (another context may run it), and a transaction
  // must not wait on anything but the database: analyse first the articles not
  // stored yet, and inside the transaction any that were stored meanwhile are
  // simply kept as they are.
  const before = new Set((await storiesAt(db, urls)).map((r) => r.url));
  const records = new Map<string, { story: NewStoryRecord; body: StoryBodyRecord }>();
  for (const [i, a] of file.articles.entries()) if (!before.has(a.url) && !records.has(a.url)) records.set(a.url, await toRecord(a, i, analyze));
  return db.transaction('rw', [db.stories, db.bodies, db.groups, db.matches, db.conflicts, db.dismissed], async () => {
    const existing = new Map((await storiesAt(db, urls)).map((r) => [r.url, r] as const));
    const fileGroups = new Map(file.groups.map((g) => [g.id, g]));
    const dbGroups = new Map((await db.groups.bulkGet([...fileGroups.keys(), ...[...existing.values()].map((r) => r.groupId)]))
      .flatMap((g) => (g ? [[g.id, g] as const] : [])));

    const sets = unionFind();
    for (const a of file.articles) {
      const here = existing.get(a.url);
      if (here) sets.union(a.groupId, here.groupId);
    }
    const components = new Map<string, StoryGroup[]>();
    for (const id of new Set([...fileGroups.keys(), ...dbGroups.keys()])) {
      const root = sets.find(id);
      const records = [fileGroups.get(id), dbGroups.get(id)].filter((g): g is StoryGroup => g !== undefined);
      components.set(root, [...(components.get(root) ?? []), ...records]);
    }
    const finalId = new Map<string, string>();
    let stories = 0;
    for (const records of components.values()) {
      const merged = records.length === 1 ? (records[0] as StoryGroup) : mergeGroups(records);
      if (!records.some((g) => dbGroups.get(g.id) === g)) stories++;
      for (const g of records) finalId.set(g.id, merged.id);
      const gone = records.map((g) => g.id).filter((id) => id !== merged.id && dbGroups.has(id));
      await db.groups.bulkDelete(gone);
      if (gone.length) await db.stories.where('groupId').anyOf(gone).modify({ groupId: merged.id });
      await db.groups.put(merged);
    }

    const added = file.articles.flatMap((a) => {
      const record = existing.has(a.url) ? undefined : records.get(a.url);
      return record ? [record] : [];
    });
    await db.stories.bulkAdd(added.map(({ story }) => ({ ...story, groupId: finalId.get(story.groupId) ?? story.groupId })));
    await db.bodies.bulkPut(added.map(({ body }) => body));
    for (const a of file.articles) {
      const here = existing.get(a.url);
      if (here && (a.firstSeen < here.firstSeen || a.lastSeen > here.lastSeen)) {
        await db.stories.update(here.id, { firstSeen: Math.min(a.firstSeen, here.firstSeen), lastSeen: Math.max(a.lastSeen, here.lastSeen) });
      }
    }

    const pairs = file.matches.flatMap((m) => [[m.a, m.b], [m.b, m.a]] as [string, string][]);
    // The primary key is the compound [a+b]; the table's type names only `a`.
    const present = new Set((await db.matches.bulkGet(pairs as unknown as string[])).flatMap((m) => (m ? [`${m.a}\u0000${m.b}`, `${m.b}\u0000${m.a}`] : [])));
    await db.matches.bulkPut(file.matches.filter((m) => !present.has(`${m.a}\u0000${m.b}`)));

    const conflicts: ConflictRecord[] = file.conflicts.map((c) => ({ ...c, key: conflictKey(c), ids: [...new Set([c.a.id, c.b.id])] }));
    const knownConflicts = new Set((await db.conflicts.bulkGet(conflicts.map((c) => c.key))).flatMap((c) => (c ? [c.key] : [])));
    const newConflicts = conflicts.filter((c) => !knownConflicts.has(c.key));
    await db.conflicts.bulkPut(newConflicts);

    const knownDismissed = new Set((await db.dismissed.bulkGet(file.dismissed.map((d) => d.key))).flatMap((d) => (d ? [d.key] : [])));
    await db.dismissed.bulkPut(file.dismissed.filter((d) => !knownDismissed.has(d.key)));

    return { added: added.length, existing: existing.size, stories, conflicts: new Set(newConflicts.map((c) => c.key)).size };
  });
}

/** Validates and merges an export file's text; a bad file throws ImportError and the store is untouched. */
export async function importJson(db: CrosscheckDb, json: string, analyze?: Analyze): Promise<ImportSummary> {
  return importExport(db, parseExport(json), analyze);
}
