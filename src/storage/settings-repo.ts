import type { CrosscheckDb } from './db.ts';

export interface Settings {
  /** Hostnames where nothing is captured. */
  pausedSites: string[];
  autoCapture: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ pausedSites: [], autoCapture: true });

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
