// Other ways to store the same story, for the store-layout experiment
// (bench/experiments/store-layout.ts): what each would save on disk, measured
// the same way as store.bytesPerStory. 'current' is what the extension
// stores (a story record and its deflated body, see src/storage/story-body.ts);
// The others are variations of schema 2's single record with text and claims.
import type { FullStoryRecord } from '../../src/storage/db.ts';

export const LAYOUTS = ['current', 'v2', 'no-text', 'no-claims', 'no-shingles', 'no-index-keys', 'text-deflated', 'claims-deflated', 'shingles-1in4', 'compact'] as const;
export type Layout = (typeof LAYOUTS)[number];

async function deflate(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const sample = (hashes: Uint32Array, m: number): Uint32Array => hashes.filter((h) => h % m === 0);

/** The schema 2 record as `layout` would store it (fields replaced by their compressed or sampled form); not for the current schema. */
export async function inLayout(record: FullStoryRecord, layout: Exclude<Layout, 'current'>): Promise<object> {
  const fp = record.fingerprint;
  switch (layout) {
    case 'v2':
      return record;
    case 'no-text':
      return { ...record, text: '' };
    case 'no-claims':
      return { ...record, claims: { ...record.claims, sentences: [], keys: [], claims: [] } };
    case 'no-shingles':
      return { ...record, fingerprint: { ...fp, shingles: new Uint32Array(0), charGrams: new Uint32Array(0) } };
    case 'text-deflated':
      return { ...record, text: await deflate(record.text) };
    case 'claims-deflated':
      return { ...record, claims: await deflate(JSON.stringify(record.claims)) };
    case 'shingles-1in4':
      return { ...record, fingerprint: { ...fp, shingles: sample(fp.shingles, 4) } };
    case 'no-index-keys':
      return { ...record, matchKeys: [] };
    case 'compact':
      // Everything above but the index: text and claims deflated, 1 in 4 shingles, band keys only in matchKeys.
      return {
        ...record,
        text: await deflate(record.text),
        claims: await deflate(JSON.stringify(record.claims)),
        fingerprint: { ...fp, shingles: sample(fp.shingles, 4), bandKeys: [] },
      };
  }
}
