import type { CrosscheckDb } from './db.ts';

export interface Settings {
  /** Hostnames where nothing is captured. */
  pausedSites: string[];
  autoCapture: boolean;
  /** Stories not read for this many days are deleted; null keeps them forever. */
  retentionDays: number | null;
  /** At most this many stories are kept, the least recently read go first; null for no limit. */
  maxStories: number | null;
}

// A reading history is personal: by default it is not kept forever, and the
// story cap keeps IndexedDB well under the browser's quota.
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ pausedSites: [], autoCapture: true, retentionDays: 90, maxStories: 5000 });

export async function getSettings(db: CrosscheckDb): Promise<Settings> {
  const rows = await db.settings.toArray();
  const stored = Object.fromEntries(rows.map((r) => [r.key, r.value])) as Partial<Settings>;
  return { ...DEFAULT_SETTINGS, ...stored };
}

export async function updateSettings(db: CrosscheckDb, patch: Partial<Settings>): Promise<Settings> {
  await db.settings.bulkPut(Object.entries(patch).map(([key, value]) => ({ key, value })));
  return getSettings(db);
}

/** True when the URL's host, or a parent domain of it, is paused. */
export function isPaused(settings: Settings, url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return settings.pausedSites.some((site) => host === site || host.endsWith(`.${site}`));
}
