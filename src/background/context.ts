import type { ExtractedArticle } from '../engine/types.ts';
import { analyzeOffPage } from '../platform/read-page.ts';
import { openDb, type CrosscheckDb } from '../storage/db.ts';

// Opened once per background lifetime, at startup: the worker can be killed at
// any time, and everything it needs is rebuilt from IndexedDB on the next wake.
let db: CrosscheckDb | undefined;

export function database(): CrosscheckDb {
  if (!db) {
    db = openDb();
    scheduleWarmUp();
  }
  return db;
}

/**
 * A worker is usually woken by a page's page/check, and that page's capture
 * follows once the page is extracted, hundreds of milliseconds later. Loading
 * the NLP model and compiling the analysis code (most of a cold capture, see
 * `npm run bench`, sw.restartAfterCheckMs) in that gap keeps them off the
 * capture. In Chrome this opens the offscreen document that holds the model
 * (platform/read-page.ts), which then outlives the worker's restarts. The sample has a quote, figures and dates so every claim path runs.
 */
export const WARM_UP = Object.freeze({
  /** After the waking message is answered. */
  delayMs: 20,
  article: Object.freeze<ExtractedArticle>({
    url: 'https://warm-up.invalid/',
    title: 'Council approves harbour bridge repairs',
    source: null,
    byline: null,
    published: '2024-05-14T08:00:00.000Z',
    lang: 'en',
    text: [
      'The city council voted on Tuesday to spend $4.5 million repairing the harbour bridge, which has been closed to cars since March 3.',
      '"We cannot leave 12,000 commuters without a crossing," Mayor Ilse Brandt told reporters. At least 40 engineers will work on it until 2025.',
      'The council did not say when the bridge would reopen.',
    ].join('\n\n'),
  }),
});

let warming: ReturnType<typeof setTimeout> | undefined;

/** Runs `warm` once per worker lifetime, shortly after startup. A failed warm-up costs only time. */
export function scheduleWarmUp(warm: () => unknown = () => analyzeOffPage(WARM_UP.article), delayMs: number = WARM_UP.delayMs): void {
  if (warming !== undefined) return;
  warming = setTimeout(() => {
    // Nothing depends on it: the first capture simply pays for the model itself.
    const ignore = (): void => undefined;
    try {
      void Promise.resolve(warm()).catch(ignore);
    } catch {
      ignore();
    }
  }, delayMs);
}

/** What a handler knows about who sent the message. */
export interface SenderInfo {
  kind: 'content' | 'extension';
  tabId: number | null;
  /** The sending page's URL (a web page for content scripts). */
  url: string;
  incognito: boolean;
}
