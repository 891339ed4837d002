import { deflateSync, inflateSync } from 'fflate';
import type { ArticleClaims } from '../engine/claims/types.ts';
import type { StoryBodyRecord } from './db.ts';

// Synchronous on purpose: inside a Dexie transaction, awaiting anything but
// IndexedDB (CompressionStream) lets the transaction commit under our feet.
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Deflate level: 6 is zlib's default; higher levels save ~1% on article text for twice the time. */
const LEVEL = 6;

/** What a body holds, before deflating. */
interface Unpacked {
  text: string;
  claims: ArticleClaims;
}

/**
 * The heavy parts of a story, deflated together: the claims quote the text's
 * sentences, and one stream stores those once (a 1,000-word article: 2.6 KB
 * text + 6.3 KB claims deflated apart, ~6.5 KB together). Read only for
 * conflict peers, search and export.
 */
export function encodeBody(url: string, text: string, claims: ArticleClaims): StoryBodyRecord {
  const unpacked: Unpacked = { text, claims };
  return { url, packed: deflateSync(encoder.encode(JSON.stringify(unpacked)), { level: LEVEL }) };
}

function unpack(body: StoryBodyRecord): Unpacked {
  return JSON.parse(decoder.decode(inflateSync(body.packed))) as Unpacked;
}

export function bodyText(body: StoryBodyRecord): string {
  return unpack(body).text;
}

export function bodyClaims(body: StoryBodyRecord): ArticleClaims {
  return unpack(body).claims;
}
