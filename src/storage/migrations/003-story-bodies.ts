// Schema 2 -> 3: each story's text and claims move out of its record into
// `bodies`, deflated (see ../story-body.ts). Paged by primary key, so a
// 100,000-story store never has to fit in memory at once.
import type { Transaction } from 'dexie';
import type { ArticleClaims } from '../../engine/claims/types.ts';
import { encodeBody } from '../story-body.ts';

/** Records moved per step: enough to amortise the round trips, few enough to keep memory flat. */
const PAGE = 500;

interface V2Story {
  url: string;
  text?: string;
  claims?: ArticleClaims;
}

export async function moveBodies(tx: Transaction): Promise<void> {
  const stories = tx.table<V2Story, string>('stories');
  const bodies = tx.table('bodies');
  let after: string | null = null;
  for (;;) {
    const from = after;
    const page: V2Story[] = await (from === null ? stories.orderBy(':id') : stories.where(':id').above(from)).limit(PAGE).toArray();
    if (!page.length) return;
    await bodies.bulkPut(page.filter((s) => s.claims).map((s) => encodeBody(s.url, s.text ?? '', s.claims!)));
    await stories.bulkPut(page.map(({ text: _text, claims: _claims, ...lean }) => lean));
    after = page[page.length - 1]!.url;
  }
}
