// How long the schema 3 -> 5 upgrade (src/storage/migrations/004-005-story-ids.ts)
// takes on a store of the bench's size: the extension's stories and bodies are
// copied, page by page, into a second database written with the frozen schema
// 3, which is then opened under today's schema (a diagnostic for
// bench/experiments/upgrade-time.ts; the extension's own database is untouched).
import { openDb, type CrosscheckDb } from '../../src/storage/db.ts';
import { openV3 } from '../../src/storage/migrations/__fixtures__/v3-schema.ts';

const NAME = 'crosscheck-upgrade-bench';
const PAGE = 500;

export async function timedUpgrade(db: CrosscheckDb): Promise<{ stories: number; copyMs: number; upgradeMs: number }> {
  await deleteDb(NAME);
  const t0 = performance.now();
  const old = openV3(NAME);
  let after = 0;
  let stories = 0;
  for (;;) {
    const page = await db.stories.where(':id').above(after).limit(PAGE).toArray();
    if (!page.length) break;
    const bodies = await db.bodies.bulkGet(page.map((s) => s.url));
    await old.table('stories').bulkAdd(page.map(({ id: _id, ...story }) => story));
    await old.table('bodies').bulkAdd(bodies.filter((b) => b !== undefined));
    after = page[page.length - 1]!.id;
    stories += page.length;
  }
  old.close();
  const t1 = performance.now();
  const upgraded = openDb({ name: NAME });
  await upgraded.open();
  const t2 = performance.now();
  const count = await upgraded.stories.count();
  upgraded.close();
  await deleteDb(NAME);
  if (count !== stories) throw new Error(`upgraded ${count} of ${stories} stories`);
  return { stories, copyMs: t1 - t0, upgradeMs: t2 - t1 };
}

function deleteDb(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(new Error(String(request.error)));
  });
}
