// Schema 3 -> 5: stories get a small integer primary key; the URL becomes a
// unique index. Every index entry of a record carries its primary key, and a
// story has ~47 of them (band and entity-pair keys): with the URL as key they
// were nearly half of each story's bytes, and every candidate lookup read the
// longer keys (the band-key lookups at 100k stories took 13.5 ms, now 5-6).
// IndexedDB cannot change a store's primary key, so version 4 copies the
// records into a numbered table and drops `stories`, and version 5 recreates
// `stories` and copies them back. Both steps run in the one upgrade
// transaction: a failure leaves the database at version 3, as it was. Paged,
// so a 100,000-story store never has to fit in memory at once.
import type { Transaction } from 'dexie';

/** The table the records wait in between versions 4 and 5. */
export const MOVING_TABLE = 'storiesMoving';

/** Records moved per step: enough to amortise the round trips, few enough to keep memory flat. */
const PAGE = 500;

interface V3Story {
  url: string;
}

/** Version 4: every story into the numbered table, ids 1, 2, ... in URL order. */
export async function copyToNumbered(tx: Transaction): Promise<void> {
  const stories = tx.table<V3Story, string>('stories');
  const moving = tx.table(MOVING_TABLE);
  let after: string | null = null;
  let next = 1;
  for (;;) {
    const from = after;
    const page: V3Story[] = await (from === null ? stories.orderBy(':id') : stories.where(':id').above(from)).limit(PAGE).toArray();
    if (!page.length) return;
    await moving.bulkAdd(page.map((story) => ({ ...story, id: next++ })));
    after = page[page.length - 1]!.url;
  }
}

/** Version 5: the numbered records into the new `stories`, keeping their ids (the key generator continues after the largest). */
export async function copyFromNumbered(tx: Transaction): Promise<void> {
  const moving = tx.table<{ id: number }, number>(MOVING_TABLE);
  const stories = tx.table('stories');
  let after = 0;
  for (;;) {
    const page = await moving.where(':id').above(after).limit(PAGE).toArray();
    if (!page.length) return;
    await stories.bulkAdd(page);
    after = page[page.length - 1]!.id;
  }
}
